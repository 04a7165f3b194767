// @ts-check
import { uiTest } from './uiTest.mjs';

uiTest('opens the Feishu Hire view and runs a palette command', async ui => {
  const sidebar = await ui.openView('Feishu Hire');
  // With one view in the container VS Code hides its pane header and titles the side bar "Feishu Hire: Interviews".
  await sidebar.locator('.composite.title', { hasText: /interviews/i }).waitFor();
  await ui.screenshot('feishu-hire-view');

  // A built-in command until the extension's own commands do something visible.
  await ui.palette('View: Toggle Primary Side Bar Visibility');
  await sidebar.waitFor({ state: 'hidden' });
  await ui.screenshot('side-bar-hidden');
}, { settings: { 'workbench.colorTheme': 'Dark Modern' } });
