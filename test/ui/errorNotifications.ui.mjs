// @ts-check
// The harness fails a test on any error notification (issue #23.3). This test provokes a real one and checks
// that the harness reports it, as a toast and from the notification center, with its text.
import { uiTest } from './uiTest.mjs';
import { english, exploreSampleData, lookUp } from './recruiterFlow.mjs';

/** @param {() => Promise<unknown>} check @param {RegExp} expected */
async function expectReported(check, expected) {
  let reported;
  try {
    await check();
  } catch (e) {
    reported = e instanceof Error ? e.message : String(e);
  }
  if (!reported || !expected.test(reported)) { throw new Error(`the harness did not report the error notification: ${reported ?? 'no failure'}`); }
}

uiTest('the harness fails a test on an error notification, naming its text', async ui => {
  await exploreSampleData(ui, english);
  // No application has this ID in the sample tenant: the extension says so in an error notification.
  await lookUp(ui, '1234567890123456789', english);
  const text = /No application with ID 1234567890123456789/;
  // Headless 1.139 often raises no toast for it (only the bell gets a dot): the check after a screenshot is proven
  // where the toast shows, the notification center's everywhere.
  const toast = await ui.page.locator('.notification-toast', { hasText: text }).first().waitFor({ timeout: 15_000 }).then(() => true, () => false);
  if (toast) {
    await expectReported(() => ui.screenshot('error-toast'), text);
    // Dismissed, the toast is gone; the notification center still holds it, and the end-of-test check reads it.
    await ui.page.keyboard.press('Escape');
    await ui.page.locator('.notification-toast', { hasText: text }).first().waitFor({ state: 'hidden' }).catch(() => {});
  } else if (ui.server.vscodeVersion.startsWith('1.100.')) {
    throw new Error('VS Code 1.100 raised no toast for the error');
  } else {
    console.log('    (no toast on this version: the notification center is checked)');
  }
  await expectReported(() => ui.assertNoErrorNotifications({ center: true }), text);
  // Declared, the same notification no longer fails the test (the runner's own end-of-test check passes).
  ui.allowErrors(text);
  await ui.assertNoErrorNotifications({ center: true });
});
