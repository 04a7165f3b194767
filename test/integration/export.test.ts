// Export Interviews… and Copy as Markdown inside a real VS Code, against the suite's own fake server.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import { parse } from 'csv-parse/sync';
import { interviewRecordV2Json } from '../../src/fakeFeishu/interviewRecordsV2';
import { interviewAt, sampleTenant } from '../../src/fakeFeishu/sampleTenant';
import { SAMPLE } from '../../src/fakeFeishu/server';
import { signedInSession } from './signedInSession';

/** Every record of an application, straight from the sample tenant (not through the client under test). */
function expectedRecordIds(applicationId: string): string[] {
  const app = sampleTenant().application(applicationId)!;
  return Array.from({ length: app.interviewCount }, (_, i) => interviewAt(app, i).records.map(r => r.id)).flat();
}

suite('Export', () => {
  const session = signedInSession();

  test('the 120-interview application to CSV: every record, read back with a CSV parser', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'feishu-export-')), 'interviews.csv');
    session.fake.resetStats();
    await vscode.commands.executeCommand('feishuHire.application.export', SAMPLE.appWith120, { format: 'csv', destination: vscode.Uri.file(file).toString() });
    assert.ok(fs.existsSync(file), 'the export was written');
    // The tree enriches other applications in the background meanwhile, and shares the directory with the export, so
    // it may show this application's first page too (20 a page): count what this export asked for (50 a page).
    const app = sampleTenant().application(SAMPLE.appWith120)!;
    const mine = [SAMPLE.appWith120, app.talent.id, app.job.id, '/contact/v3/job_levels'];
    const requests = session.fake.stats.requests.filter(r => mine.some(m => r.path.includes(m) || r.query['application_id'] === m)).filter(r =>
      r.route !== 'interviews' || r.query['page_size'] === '50'
    ).map(r => r.route);
    console.log(
      `export of the 120-interview application: ${requests.length} requests (${
        [...new Set(requests)].map(r => `${r} ${requests.filter(x => x === r).length}`).join(', ')
      })`,
    );
    const bytes = fs.readFileSync(file);
    assert.deepStrictEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
    const rows = parse(bytes.toString('utf8'), { bom: true, columns: true }) as Record<string, string>[];
    const expected = expectedRecordIds(SAMPLE.appWith120);
    assert.strictEqual(rows.length, expected.length);
    const idColumn = vscode.l10n.t('Record ID');
    assert.deepStrictEqual(rows.map(r => r[idColumn]), expected);
    const candidate = rows.map(r => r[vscode.l10n.t('Candidate')]);
    assert.ok(candidate.every(c => c === '张伟'), 'Chinese intact');
    const notes = rows.map(r => r[vscode.l10n.t('Notes')] ?? '');
    assert.ok(notes.every(n => !/^[=+\-@]/.test(n)), 'no cell starts a formula');
    assert.ok(rows.every(r => /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d[+-]\d\d:\d\d$/.test(r[vscode.l10n.t('Start (ISO 8601)')] ?? '')));
    const levels = rows.map(r => r[vscode.l10n.t('Suggested level from')]).filter(Boolean);
    assert.ok(levels.length > 50 && levels.every(l => /P\d/.test(l ?? '')), 'level names, not IDs');
    const count = (route: string): number => requests.filter(r => r === route).length;
    assert.deepStrictEqual([count('interviews'), count('successorInterviews')], [3, 2], 'three pages of 50, two pages of names');
    assert.ok(count('jobLevels') <= 1);
    // The export's own detail requests are one each (test/unit/scorecardModel.test.ts counts them alone); the
    // tree's label enrichment of the same application may run meanwhile and add one more each.
    for (const route of ['application', 'talent', 'job']) { assert.ok(count(route) <= 2, `${route}: ${count(route)}`); }
  });

  test('JSON into an untitled editor; Markdown of one interview to the clipboard', async () => {
    await vscode.commands.executeCommand('feishuHire.application.export', SAMPLE.appWith7, { format: 'json', destination: 'untitled' });
    const editor = vscode.window.activeTextEditor;
    assert.ok(editor && editor.document.isUntitled);
    const json = JSON.parse(editor.document.getText()) as { record_id: string; }[];
    assert.deepStrictEqual(json.map(r => r.record_id), expectedRecordIds(SAMPLE.appWith7));
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');

    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.application.lookUp', SAMPLE.appWith7), true);
    const app = session.hire.model.applicationNode('pinned', SAMPLE.appWith7);
    const interview = (await session.hire.model.children(app)).find(n => n.kind === 'interview')!;
    await vscode.commands.executeCommand('feishuHire.item.copyMarkdown', interview);
    const markdown = await vscode.env.clipboard.readText();
    assert.match(markdown, /^## /);
    assert.match(markdown, /### /);
  });
});

suite('Export: the whole scorecard (#21)', () => {
  signedInSession();

  test('the long-form CSV of an application: read back with a CSV parser, every record\'s every dimension is there', async () => {
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'feishu-export-')), 'scorecards.csv');
    await vscode.commands.executeCommand('feishuHire.application.export', SAMPLE.appWith6Rounds, {
      format: 'scorecardCsv',
      destination: vscode.Uri.file(file).toString(),
    });
    const rows = parse(fs.readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    // What the fake serves for each record (as v2 JSON), straight from the sample tenant.
    const app = sampleTenant().application(SAMPLE.appWith6Rounds)!;
    const expected = Array.from({ length: app.interviewCount }, (_, i) => interviewAt(app, i)).flatMap(interview =>
      interview.records.flatMap(record => {
        const modules = (interviewRecordV2Json(interview, record, 'open_id')['module_assessments'] ?? []) as { dimension_assessments?: unknown[]; }[];
        return modules.flatMap(m => (m.dimension_assessments ?? []) as { dimension_name?: { en_us?: string; zh_cn?: string; }; }[]).map(d =>
          `${record.id} ${
            vscode.env.language.startsWith('zh') ? d.dimension_name?.zh_cn ?? d.dimension_name?.en_us : d.dimension_name?.en_us ?? d.dimension_name?.zh_cn
          }`
        );
      })
    );
    assert.ok(expected.length > 18, 'the sample records have dimensions');
    const [recordId, dimension] = [vscode.l10n.t('Record ID'), vscode.l10n.t('Dimension')];
    // Every record at least once (a scorecard not filled in has no dimensions: one row with them empty).
    assert.strictEqual(new Set(rows.map(r => r[recordId])).size, 18, '6 rounds × 3 interviewers');
    const found = new Set(rows.map(r => `${r[recordId]} ${r[dimension]}`));
    const missing = expected.filter(e => !found.has(e));
    assert.deepStrictEqual(missing, [], 'every record\'s every dimension has a row');
    for (const column of ['Module', 'Weight', 'Option', 'Score', 'Answer']) { assert.ok(vscode.l10n.t(column) in rows[0]!, column); }
  });
});
