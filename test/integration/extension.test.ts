// The built extension inside a real VS Code: manifest, activation and registrations.
import * as assert from 'assert';
import * as vscode from 'vscode';
import type { FeishuHireApi } from '../../src/extension';
import { writeBenchFigures } from './benchOut';

const extensionId = 'feishu-hire-tools.feishu-hire-interviews';

interface CommandContribution {
  command: string;
}

function getExtension(): vscode.Extension<unknown> {
  const extension = vscode.extensions.getExtension(extensionId);
  assert.ok(extension, `${extensionId} is not installed`);
  return extension;
}

suite('Extension', () => {
  suiteSetup(async () => {
    await getExtension().activate();
  });

  test('is present and activates', () => {
    assert.strictEqual(getExtension().isActive, true);
  });

  test('contributes the Feishu Hire view container and its interviews view', async () => {
    const contributes = getExtension().packageJSON.contributes;
    const containers: { id: string; }[] = contributes.viewsContainers.activitybar;
    assert.ok(containers.some(c => c.id === 'feishuHire'), 'activity-bar container feishuHire');
    const views: { id: string; }[] = contributes.views.feishuHire;
    assert.ok(views.some(v => v.id === 'feishuHire.interviews'), 'view feishuHire.interviews');
    // Both commands exist only when VS Code registered the container and the view from the manifest.
    await vscode.commands.executeCommand('workbench.view.extension.feishuHire');
    await vscode.commands.executeCommand('feishuHire.interviews.focus');
  });

  test('registers every command of contributes.commands', async () => {
    const declared = (getExtension().packageJSON.contributes.commands as CommandContribution[]).map(c => c.command);
    assert.ok(declared.length > 0, 'package.json declares no commands');
    const registered = new Set(await vscode.commands.getCommands(true));
    const missing = declared.filter(id => !registered.has(id));
    if (missing.length > 0) {
      assert.fail(`declared in package.json but not registered: ${missing.join(', ')}`);
    }
  });

  test('reports its activation time (the benchmark reads it)', async () => {
    const api = (await getExtension().activate()) as FeishuHireApi;
    assert.ok(api.activatedInMs >= 0 && api.activatedInMs < 1000, `activate() took ${api.activatedInMs} ms`);
    writeBenchFigures({ activatedInMs: api.activatedInMs });
  });
});
