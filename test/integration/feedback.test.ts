// Feedback Owed and Recent Interviews inside a real VS Code: the badge against what the fake holds, reveal,
// the main tree's commands on queue items, Copy Reminder, sign-out.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parse } from 'csv-parse/sync';
import * as vscode from 'vscode';
import { readSettings } from '../../src/config';
import { queueWindow } from '../../src/model/queue/queueWindow';
import type { QueueNode, InterviewerNode, QueueRecordNode } from '../../src/model/queue/queueNode';
import { signedInSession } from './signedInSession';
import { until } from './testingParts';

type Obj = Record<string, unknown>;

/** Owed records the fake holds right now, read over plain HTTP with the successor's time filters. */
async function owedAtTheFake(baseUrl: string, appId: string, appSecret: string, nowMs: number): Promise<number> {
  const token = await tokenOf(baseUrl, appId, appSecret);
  const window = queueWindow(nowMs, 14, undefined);
  let owed = 0;
  let pageToken = '';
  for (let page = 0; page < 50; page++) {
    const url = new URL('/open-apis/hire/v1/interviews', baseUrl);
    url.searchParams.set('start_time', String(window.startMs));
    url.searchParams.set('end_time', String(window.endMs));
    url.searchParams.set('page_size', '100');
    if (pageToken) { url.searchParams.set('page_token', pageToken); }
    const body = await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json() as {
      data: { items?: Obj[]; has_more: boolean; page_token?: string; };
    };
    for (const interview of body.data.items ?? []) {
      if ((interview['end_time'] as number) > nowMs) { continue; }
      owed += (interview['interview_record_list'] as Obj[]).filter(r => r['commit_status'] === 2).length;
    }
    if (!body.data.has_more) { return owed; }
    pageToken = body.data.page_token ?? '';
  }
  throw new Error('the fake sent more than 50 pages');
}

/** The fake's applications after the fixed 300: the ones whose few interviews move with its clock. */
async function recentApplicationIds(baseUrl: string, token: string): Promise<Set<string>> {
  const ids: string[] = [];
  let pageToken = '';
  for (let page = 0; page < 10; page++) {
    const url = new URL('/open-apis/hire/v1/applications', baseUrl);
    url.searchParams.set('page_size', '100');
    if (pageToken) { url.searchParams.set('page_token', pageToken); }
    const body = await (await fetch(url, { headers: { Authorization: `Bearer ${token}` } })).json() as {
      data: { items?: string[]; has_more: boolean; page_token?: string; };
    };
    ids.push(...body.data.items ?? []);
    if (!body.data.has_more) { break; }
    pageToken = body.data.page_token ?? '';
  }
  return new Set(ids.slice(300));
}

async function tokenOf(baseUrl: string, appId: string, appSecret: string): Promise<string> {
  const reply = await fetch(`${baseUrl}/open-apis/auth/v3/tenant_access_token/internal`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify({ app_id: appId, app_secret: appSecret }),
  });
  return (await reply.json() as { tenant_access_token: string; }).tenant_access_token;
}

suite('Feedback Owed and Recent Interviews', () => {
  const session = signedInSession();
  // The queue's listings only: the main tree's background names walk uses the same endpoint, by application.
  const windowListings = (): number => session.fake.stats.requests.filter(r => r.route === 'successorInterviews' && r.query['start_time'] !== undefined).length;
  // Reveal and score details page through an application's interviews: use the sample's small recent applications.
  let recent: Set<string>;
  suiteSetup(async () => {
    recent = await recentApplicationIds(session.fake.baseUrl, await tokenOf(session.fake.baseUrl, session.fake.appId, session.fake.appSecret));
  });

  test('showing the view loads it once; the badge equals the owed records the fake holds', async () => {
    const { model, owedView } = session.hire.feedback;
    await vscode.commands.executeCommand('feishuHire.feedbackOwed.focus');
    await until('the queue loaded after the view was shown', () => model.hasLoaded && !model.isLoading);
    const expected = await owedAtTheFake(session.fake.baseUrl, session.fake.appId, session.fake.appSecret, Date.now());
    assert.ok(expected > 0, 'the sample tenant always has feedback owed');
    assert.strictEqual(model.owedCount(), expected);
    assert.strictEqual(owedView.badge?.value, expected);
    assert.ok(owedView.description?.includes(`interviews since ${model.sinceText()}`), owedView.description);
    assert.strictEqual(model.windowDays, 14);
    const listing = windowListings();
    await vscode.commands.executeCommand('feishuHire.recentInterviews.focus');
    await new Promise(resolve => setTimeout(resolve, 300));
    assert.strictEqual(windowListings(), listing, 'the second view reuses the listing');
  });

  test('Refresh costs ceil(interviews / 100) listing requests plus names not yet known', async () => {
    const { model } = session.hire.feedback;
    session.fake.resetStats();
    await vscode.commands.executeCommand('feishuHire.feedback.refresh');
    const report = model.report!;
    assert.strictEqual(windowListings(), Math.ceil(report.interviews / 100));
    assert.strictEqual(report.nameRequests, 0, 'names were kept');
  });

  test('reveal lands on the same record in the main tree, its application pinned', async () => {
    const { model } = session.hire.feedback;
    const groups = model.roots('owed').filter((n): n is InterviewerNode => n.kind === 'interviewer');
    const records = (await Promise.all(groups.map(g => model.children(g)))).flat() as QueueRecordNode[];
    const owed = records.find(r => recent.has(r.applicationId))!;
    assert.ok(owed, 'an owed record of a recent sample application');
    await vscode.commands.executeCommand('feishuHire.record.reveal', owed);
    const revealed = session.hire.model.node(`pinned/app/${owed.applicationId}/iv/${owed.interview.id}/rec/${owed.record.id}`);
    assert.ok(revealed && revealed.kind === 'record');
    assert.strictEqual(revealed.record.id, owed.record.id);
    assert.ok(session.hire.model.pinnedIds().includes(owed.applicationId));
    await until('the main tree selects the record', () => session.hire.treeView.selection[0]?.id === revealed.id);
  });

  test('the main tree\'s commands take queue items: Copy as JSON, Copy ID, Show Score Details', async () => {
    const { model } = session.hire.feedback;
    const days = model.roots('recent').filter(n => n.kind === 'day');
    const interviews = (await Promise.all(days.map(d => model.children(d)))).flat();
    const interview = interviews.find(n => n.kind === 'interview' && recent.has(n.applicationId));
    assert.ok(interview && interview.kind === 'interview');
    const [record] = await model.children(interview) as QueueRecordNode[];
    await vscode.commands.executeCommand('feishuHire.item.copyJson', record);
    assert.deepStrictEqual(JSON.parse(await vscode.env.clipboard.readText()), record!.record.raw);
    await vscode.commands.executeCommand('feishuHire.item.copyId', interview);
    assert.strictEqual(await vscode.env.clipboard.readText(), interview.interview.id);
    await vscode.commands.executeCommand('feishuHire.record.showDetails', record);
    const panel = session.hire.scoreDetailsPanel();
    assert.strictEqual(panel?.currentTarget?.recordId, record!.record.id);
    // The panel's "Reveal in Tree" for a queue record goes under Looked-up applications, pinning as needed.
    assert.strictEqual(panel.currentTarget.root, 'pinned');
    panel.dispose();
  });

  test('Copy Reminder for one interviewer and for the whole view', async () => {
    const { model } = session.hire.feedback;
    const [group] = model.roots('owed').filter((n): n is InterviewerNode => n.kind === 'interviewer');
    await vscode.commands.executeCommand('feishuHire.feedback.copyReminder', group);
    const one = await vscode.env.clipboard.readText();
    assert.ok(group!.group.interviewerName && one.includes(group!.group.interviewerName));
    assert.strictEqual(one.split('\n').filter(l => /^\d+\. /.test(l)).length, group!.group.items.length);
    // Without a node (title bar, palette, or another extension) the user picks whom: nothing is copied before that.
    await vscode.env.clipboard.writeText('untouched');
    const copying = vscode.commands.executeCommand('feishuHire.feedback.copyReminder');
    await new Promise(resolve => setTimeout(resolve, 1000));
    assert.strictEqual(await vscode.env.clipboard.readText(), 'untouched', 'copied before anyone picked');
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    await copying;
    const all = await vscode.env.clipboard.readText();
    assert.strictEqual(all.split('\n').filter(l => /^\d+\. /.test(l)).length, model.owedCount(), 'the first choice is everyone');
  });

  test('I Am… then Only Mine: the toggle, the description, only my debts; Copy Reminder leaves me out; Forget Who I Am ends it', async () => {
    const { model, owedView, recentView } = session.hire.feedback;
    const identity = session.hire.identity!;
    const groups = model.roots('owed').filter((n): n is InterviewerNode => n.kind === 'interviewer');
    const mine = groups[0]!.group;
    assert.ok(groups.length > 1, 'the sample has several interviewers owing feedback');
    await identity.pick(mine.interviewerKey, mine.interviewerName);
    await vscode.commands.executeCommand('feishuHire.feedback.onlyMine');
    assert.strictEqual(model.onlyMine, true);
    await until(
      'the views say the filter is on',
      () => owedView.description?.includes('only mine') === true && recentView.description?.includes('only mine') === true,
    );
    assert.deepStrictEqual(model.roots('owed').filter((n): n is InterviewerNode => n.kind === 'interviewer').map(n => n.group.interviewerKey), [
      mine.interviewerKey,
    ]);
    assert.strictEqual(model.owedCount(), mine.items.length);
    const myNode = model.roots('owed').find((n): n is InterviewerNode => n.kind === 'interviewer')!;
    await vscode.env.clipboard.writeText('untouched');
    await vscode.commands.executeCommand('feishuHire.feedback.copyReminder', myNode);
    assert.strictEqual(await vscode.env.clipboard.readText(), 'untouched', 'no reminder to myself');
    await vscode.commands.executeCommand('feishuHire.feedback.everyone');
    assert.strictEqual(model.onlyMine, false);
    assert.ok(!model.reminder()!.includes(`@${mine.interviewerName}\n`), 'everyone\'s reminder leaves me out');
    await vscode.commands.executeCommand('feishuHire.feedback.onlyMine');
    await vscode.commands.executeCommand('feishuHire.feedback.forgetMe');
    assert.strictEqual(identity.me, undefined);
    assert.strictEqual(model.onlyMine, false, 'nobody known: Only Mine does not hold');
    await until('the description drops the filter', () => owedView.description?.includes('only mine') === false);
  });

  test('settings: the window (1–90 days) and the refresh interval (0, or 15–1440 minutes) are validated and applied', async () => {
    const config = vscode.workspace.getConfiguration('feishuHire');
    const { model, owedView } = session.hire.feedback;
    try {
      await config.update('feedbackWindowDays', 120, vscode.ConfigurationTarget.Global);
      await config.update('feedbackRefreshMinutes', 5, vscode.ConfigurationTarget.Global);
      const { settings, problems } = readSettings();
      assert.deepStrictEqual([settings.feedbackWindowDays, settings.feedbackRefreshMinutes], [14, 0]);
      assert.ok(problems.some(p => p.includes('feishuHire.feedbackWindowDays')), problems.join('\n'));
      assert.ok(problems.some(p => p.includes('feishuHire.feedbackRefreshMinutes')), problems.join('\n'));
      await config.update('feedbackWindowDays', 3, vscode.ConfigurationTarget.Global);
      await config.update('feedbackRefreshMinutes', 30, vscode.ConfigurationTarget.Global);
      assert.deepStrictEqual([readSettings().settings.feedbackWindowDays, readSettings().settings.feedbackRefreshMinutes], [3, 30]);
      await until('the settings change reached the session', () => session.hire.session.settings.feedbackWindowDays === 3);
      // The settings change resets the queue, and the open view may reload it at once: wait for that, then refresh.
      await until('the reset queue settled', () => !model.isLoading);
      session.fake.resetStats();
      await vscode.commands.executeCommand('feishuHire.feedback.refresh');
      const listing = session.fake.stats.requests.filter(r => r.route === 'successorInterviews' && r.query['start_time'] !== undefined).at(-1);
      assert.strictEqual(model.report?.window.days, 3);
      const window = queueWindow(Date.now(), 3, undefined);
      assert.strictEqual(listing?.query['start_time'], String(window.startMs));
      assert.strictEqual(model.windowDays, 3);
      await until('the description names the first day', () => owedView.description?.includes(`since ${model.sinceText(window)}`) === true);
    } finally {
      await config.update('feedbackWindowDays', undefined, vscode.ConfigurationTarget.Global);
      await config.update('feedbackRefreshMinutes', undefined, vscode.ConfigurationTarget.Global);
    }
  });

  test('Export… on Feedback Owed writes exactly the owed records; the CSV reads back whole (#13 on the queue)', async () => {
    const { model } = session.hire.feedback;
    await model.ensureLoaded();
    const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'feishu-owed-')), 'owed.csv');
    await vscode.commands.executeCommand('feishuHire.feedbackOwed.export', { format: 'csv', destination: vscode.Uri.file(file).toString() });
    assert.ok(fs.existsSync(file), 'the export was written');
    const rows = parse(fs.readFileSync(file, 'utf8'), { bom: true, columns: true }) as Record<string, string>[];
    assert.strictEqual(rows.length, model.owedCount());
    const owedIds = model.owedGroups().flatMap(g => g.items.map(i => i.record.id)).sort();
    assert.deepStrictEqual(rows.map(r => r[vscode.l10n.t('Record ID')]).sort(), owedIds);
  });

  test('signed out: both views empty (welcome), no badge', async () => {
    const { model, owedView } = session.hire.feedback;
    await vscode.commands.executeCommand('feishuHire.credentials.signOut');
    const roots: QueueNode[] = [...model.roots('owed'), ...model.roots('recent')];
    assert.deepStrictEqual(roots, []);
    await until('the badge is cleared', () => owedView.badge === undefined);
    const { baseUrl, appId, appSecret } = session.fake;
    assert.strictEqual(await vscode.commands.executeCommand('feishuHire.credentials.setFrom', { baseUrl, appId, appSecret }), true);
  });
});
