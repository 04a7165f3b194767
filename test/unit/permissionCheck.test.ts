// Check Permissions against the fake Feishu server: one request per feature, the scopes the service names, the
// console link it names, and the message for the admin in both languages.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { HireApi } from '../../src/feishu/hireApi';
import { formatOnly, type Translate } from '../../src/feishu/translate';
import { defaultSwitches, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { adminRequest, missingScopes } from '../../src/model/permissions/adminRequest';
import { checkPermissions, consoleLinkIn, safeConsoleUrl } from '../../src/model/permissions/permissionCheck';
import { PERMISSION_PROBES } from '../../src/model/permissions/permissionProbes';
import { hireApiOf } from './helpers';

let fake: FakeFeishu;
let api: HireApi;

before(async () => {
  fake = await startFakeFeishu({ appId: 'cli_check_app' });
  api = hireApiOf(fake);
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  Object.assign(fake.switches, defaultSwitches());
  fake.resetStats();
});

const check = () => checkPermissions(api, { t: formatOnly, now: Date.now });
const businessRequests = () => fake.stats.requests.filter(r => r.route !== 'token');

describe('Check Permissions', () => {
  test('all granted: every feature works, one GET per feature and no more', async () => {
    const report = await check();
    assert.deepEqual(report.results.map(r => [r.feature, r.outcome.status]), PERMISSION_PROBES.map(p => [p.feature, 'granted']));
    assert.equal(report.requests, PERMISSION_PROBES.length);
    assert.equal(businessRequests().length, PERMISSION_PROBES.length);
    assert.ok(fake.stats.requests.every(r => r.method === 'GET' || r.route === 'token'), 'nothing but GETs reach the tenant');
    // The real items the earlier probes found, not only placeholders: the interviews and v2 records answer code 0.
    assert.ok(businessRequests().every(r => r.code === 0 || r.code === 1002207 || r.code === 1002208), JSON.stringify(businessRequests()));
    assert.equal(adminRequest(report, formatOnly), undefined);
    assert.equal(report.consoleLink, 'https://open.feishu.cn/app');
  });

  test('two scopes missing: the features they serve, the scopes from permission_violations, the console link', async () => {
    fake.set({ disabledScopes: ['hire:interview:readonly', 'contact:job_level:readonly'] });
    const report = await check();
    const status = Object.fromEntries(report.results.map(r => [r.feature, r.outcome.status]));
    assert.deepEqual(status, {
      applications: 'granted',
      interviews: 'missingScope',
      candidateNames: 'granted',
      jobTitles: 'granted',
      scorecards: 'missingScope',
      jobLevels: 'missingScope',
      queue: 'missingScope',
    });
    assert.equal(businessRequests().length, PERMISSION_PROBES.length);
    assert.deepEqual([...missingScopes(report).keys()], ['hire:interview:readonly', 'contact:job_level:readonly']);
    assert.equal(
      report.consoleLink,
      'https://open.feishu.cn/app/cli_check_app/auth?q=hire:interview:readonly,hire:interview&op_from=openapi&token_type=tenant',
    );
    assert.equal(
      adminRequest(report, formatOnly),
      [
        'Hello,',
        '',
        'To read interview feedback in VS Code (the Feishu Hire Interviews extension), our Feishu app needs these permissions:',
        '- hire:interview:readonly: Interviews and interview feedback, Whole scorecards (score details), Feedback Owed and Recent Interviews',
        '- contact:job_level:readonly: Job level names',
        '',
        'Please enable them in the developer console, then publish a new version of the app so they take effect:',
        report.consoleLink,
        '',
        'Thank you!',
      ].join('\n'),
    );
  });

  test('the message for the admin in Chinese uses the bundle\'s strings for every line', async () => {
    fake.set({ disabledScopes: ['hire:talent:readonly', 'hire:job:readonly'] });
    const bundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
    const zh: Translate = (message, ...args) => {
      const translated = bundle[message];
      assert.ok(translated, `no zh-cn string for "${message}"`);
      return formatOnly(translated, ...args);
    };
    const report = await checkPermissions(api, { t: zh, now: Date.now });
    const text = adminRequest(report, zh) ?? '';
    assert.match(text, /^您好：\n/);
    assert.match(text, /- hire:talent:readonly：候选人姓名\n- hire:job:readonly：职位名称\n/);
    assert.ok(text.includes(report.consoleLink));
  });

  test('an edition without v2 records: scorecards are "not offered", not a missing scope', async () => {
    fake.set({ v2Records: 'notFound' });
    const report = await check();
    assert.equal(report.results.find(r => r.feature === 'scorecards')?.outcome.status, 'notOffered');
    assert.equal(report.results.filter(r => r.outcome.status !== 'granted').length, 1);
  });

  test('another failure is reported in words, and the rest are still checked', async () => {
    fake.set({ failNext: [{ route: 'jobLevels', count: 5, kind: 'code', code: 1002002, status: 400 }] });
    const report = await check();
    const levels = report.results.find(r => r.feature === 'jobLevels')?.outcome;
    assert.equal(levels?.status, 'failed');
    assert.equal(report.results.length, PERMISSION_PROBES.length);
  });
});

describe('console links', () => {
  test('only https links on the developer console hosts, or the profile\'s own host', () => {
    const base = 'https://feishu.example.com';
    assert.equal(consoleLinkIn('… 即可：https://open.feishu.cn/app/cli_1/auth?q=a:b，谢谢', base), 'https://open.feishu.cn/app/cli_1/auth?q=a:b');
    assert.equal(consoleLinkIn('see https://open.larksuite.com/app/x.', base), 'https://open.larksuite.com/app/x.');
    assert.equal(consoleLinkIn('see https://evil.example/open.feishu.cn/app', base), undefined);
    assert.equal(consoleLinkIn('see http://open.feishu.cn/app', base), undefined);
    assert.equal(consoleLinkIn('see https://user:pw@open.feishu.cn/app', base), undefined);
    assert.equal(consoleLinkIn('see https://open.feishu.cn.evil.example/app', base), undefined);
    assert.equal(consoleLinkIn('see https://feishu.example.com/app', base), 'https://feishu.example.com/app');
    assert.equal(safeConsoleUrl('javascript:alert(1)'), undefined);
    assert.equal(safeConsoleUrl('command:workbench.action.terminal.new'), undefined);
  });
});
