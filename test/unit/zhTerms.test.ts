// The Chinese UI uses Feishu Hire's own words, one per concept (see the team's zh-cn terms page), and no
// English the user did not type: a technical detail stays in the log and the tooltip, never in a zh message.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Codes, FeishuError, humanMessage } from '../../src/feishu/errors';
import { normaliseBaseUrl } from '../../src/feishu/baseUrl';
import { PageWalk } from '../../src/feishu/pager';
import { formatOnly, type Translate } from '../../src/feishu/translate';

// Runs from out/test/unit; the sources sit three levels up.
const root = join(__dirname, '..', '..', '..');
const BUNDLES = ['l10n/bundle.l10n.zh-cn.json', 'package.nls.zh-cn.json'];

function bundle(path: string): Record<string, string> {
  return JSON.parse(readFileSync(join(root, path), 'utf8')) as Record<string, string>;
}

/** A word to avoid, what to say instead, and the pattern that finds it. */
interface Avoid {
  pattern: RegExp;
  instead: string;
}

const AVOID: Avoid[] = [
  { pattern: /(?<!租户)配置/, instead: '租户配置 (a profile; 配置 alone reads as "settings")' },
  { pattern: /凭据/, instead: '凭证, as Feishu\'s 「凭证与基础信息」' },
  { pattern: /主树|树视图|在树中/, instead: '「面试」视图' },
  { pattern: /回复/, instead: '返回结果 (回复 is a chat reply)' },
  { pattern: /代码/, instead: '枚举值 (代码 is program code)' },
  { pattern: /已查找|查找过的/, instead: '已固定的投递' },
  { pattern: /记录/, instead: '面评 / 面评内容 (an interviewer\'s record)' },
  { pattern: /评分详情/, instead: '面评详情 (the panel shows the whole record)' },
  { pattern: /完整面试评价|无面试评价/, instead: '评价表 (the scorecard form; 面评 is the record)' },
  { pattern: /最近的面试/, instead: '近期面试 (the view\'s one name)' },
  { pattern: /导出面试(?!评价)/, instead: '导出面评 (the rows are 面评)' },
  { pattern: /建议职级/, instead: '建议定级' },
  { pattern: /应用密钥|应用 ID/, instead: 'App ID / App Secret, as the developer console says' },
  { pattern: /还没有租户(?!配置)/, instead: 'a question an HR user would ask' },
  { pattern: /不通过/, instead: '未通过, as Hire\'s 面试结论' },
  { pattern: /最早的/, instead: '最早 {0}' },
  { pattern: /条(面评|待提交)/, instead: '份面评 / 份待提交: one measure word for a record' },
  { pattern: /这么多/, instead: 'N / an interval (这么多 is a literal "this many")' },
  { pattern: /另一种语言|我的语言/, instead: '显示英文 / 显示中文' },
  { pattern: /模拟飞书/, instead: '演示租户' },
  { pattern: /log id/, instead: 'Log ID：…, as Feishu support asks' },
  { pattern: /飞书 \{\d\}/, instead: '飞书（错误码 {0}）: a bare number reads as part of the name' },
  { pattern: /设置 \{\d\}/, instead: '设置项 {0}' },
  { pattern: /[“”]/, instead: '「」 around UI names' },
  { pattern: /[\u4e00-\u9fff][,;:!?]/, instead: 'full-width punctuation after Chinese text' },
];

// English that belongs in a Chinese sentence: product and format names, standards, values the user types.
const ALLOWED_WORDS = new Set([
  'ID',
  'App',
  'Secret',
  'JSON',
  'Markdown',
  'Excel',
  'CSV',
  'Lark',
  'VS',
  'Code',
  'API',
  'HTTP',
  'http',
  'https',
  'ISO',
  'MB',
  'Log',
  'Linux',
  'gnome-keyring',
  'KWallet',
  'Acme',
  'true',
  'false',
  'localhost',
  'user',
  'N',
]);

/** The ASCII words left once placeholders, codicons, URLs, paths, code spans and identifiers are taken out. */
function englishWords(value: string): string[] {
  const rest = value.replace(/\{\d+\}|\$\([\w~-]+\)/g, ' ').replace(/\(command:[^)]*\)|https?:\/\/[\w.:/[\]-]*\w|`[^`]*`|--[\w-]+=\w+/g, ' ').replace(
    /(?:\/[\w.-]+)+/g,
    ' ',
  ).replace(/\b[\w-]+(?:[._:][\w-]+)+\b/g, ' ').replace(/「飞书招聘: [^」]*」/g, ' ');
  return (rest.match(/[A-Za-z][A-Za-z'-]*/g) ?? []).filter(w => !ALLOWED_WORDS.has(w));
}

/** Problems of one zh text: the words to avoid it holds and the English left in it. */
export function zhProblems(value: string): string[] {
  if (!/[\u3000-\u303f\u4e00-\u9fff\uff00-\uffef]/.test(value)) { return []; }
  // Inside 「…」 a command is named as the palette shows it, with VS Code's own "category: " colon.
  const outsideQuotes = value.replace(/「飞书招聘: [^」]*」/g, '「」');
  const avoided = AVOID.filter(a => a.pattern.test(outsideQuotes)).map(a => `${a.pattern.source} → ${a.instead}`);
  const english = englishWords(value);
  return english.length > 0 ? [...avoided, `English: ${english.join(' ')}`] : avoided;
}

/** The zh bundle as a translate function, as VS Code would run it. */
function zhTranslate(zh: Record<string, string>): Translate {
  return (message, ...args) => formatOnly(zh[message] ?? message, ...args);
}

test('the problem finder catches what the terms page found on main', () => {
  assert.deepEqual(zhProblems('3 条待提交 · 最早的13 天前结束').length, 2); // 最早的, and 条 for a record
  assert.ok(zhProblems('飞书 {0}：应用缺少权限 {1}。').some(p => p.includes('错误码')));
  assert.ok(zhProblems('{0}（log id {1}）').length > 0);
  assert.ok(zhProblems('{0} 返回了意外的内容：data.has_more: expected a boolean').some(p => p.startsWith('English')));
  assert.deepEqual(zhProblems('请先运行「飞书招聘: 添加租户配置…」。'), []);
  assert.deepEqual(zhProblems('请调大 feishuHire.requestTimeoutMs，或打开 https://open.feishu.cn/app。'), []);
  assert.deepEqual(zhProblems('应用缺少权限 hire:application:readonly。'), []);
});

test('no zh string of the manifest or the runtime bundle holds a word to avoid or English text', () => {
  const found = BUNDLES.flatMap(path =>
    Object.entries(bundle(path)).flatMap(([key, value]) => zhProblems(value).map(p => `${path} "${key}": ${value}\n    ${p}`))
  );
  assert.deepEqual(found, []);
});

test('error messages in Chinese leave the English technical detail out', () => {
  const t = zhTranslate(bundle('l10n/bundle.l10n.zh-cn.json'));
  const endpoint = '/open-apis/hire/v1/applications';
  const errors = [
    new FeishuError({ kind: 'badResponse', endpoint, detail: 'data.has_more: expected a boolean, got string "yes"' }),
    new FeishuError({ kind: 'http', endpoint, httpStatus: 502, detail: 'HTTP 502 without a Feishu code' }),
    new FeishuError({ kind: 'paging', endpoint, detail: 'the same page_token came back with has_more' }),
    new FeishuError({ kind: 'network', endpoint, detail: 'ECONNREFUSED (connect ECONNREFUSED 127.0.0.1:9)' }),
    new FeishuError({ kind: 'api', code: Codes.scopeMissing, missingScopes: ['hire:application:readonly'], logId: '202612011530' }),
  ];
  const messages = errors.map(e => humanMessage(e, t));
  assert.deepEqual(messages.filter(m => !/[\u4e00-\u9fff]/.test(m)), [], 'not in Chinese');
  assert.deepEqual(messages.flatMap(m => zhProblems(m).map(p => `${m}\n    ${p}`)), []);
  assert.match(messages[4]!, /^飞书（错误码 99991672）：.*（Log ID：202612011530）$/);
});

test('a walk stopped at its page or byte budget says so in Chinese, numbers and all', async () => {
  const t = zhTranslate(bundle('l10n/bundle.l10n.zh-cn.json'));
  let n = 0;
  const endless = (bytes: number) => () => Promise.resolve({ items: [++n], pageToken: `p${n}`, hasMore: true, invalid: [], bytes });
  const messages: string[] = [];
  for (
    const [fetch, budget] of [[endless(10), { maxPages: 3, maxBytes: 1e9 }], [endless(3 * 1024 * 1024), { maxPages: 100, maxBytes: 5 * 1024 * 1024 }]] as const
  ) {
    const walk = new PageWalk<number>(fetch, '/open-apis/hire/v1/applications', String, budget);
    const e = await (async () => {
      for (;;) { await walk.step(); }
    })().catch((error: unknown) => error);
    assert.ok(e instanceof FeishuError && e.walkLimit, String(e));
    messages.push(humanMessage(e, t));
  }
  assert.deepEqual(messages.flatMap(m => zhProblems(m).map(p => `${m}\n    ${p}`)), []);
  assert.match(messages[0]!, /超过 3 页/);
  assert.match(messages[1]!, /已读取 6(\.0)? MB/);
});

test('a base URL that cannot be used is explained in Chinese', () => {
  const t = zhTranslate(bundle('l10n/bundle.l10n.zh-cn.json'));
  for (const url of ['not a url', 'ftp://open.feishu.cn', 'https://user:pw@open.feishu.cn']) {
    assert.throws(() => normaliseBaseUrl(url, t), (e: unknown) => {
      assert.ok(e instanceof FeishuError && e.detail !== undefined);
      assert.match(e.detail, /[\u4e00-\u9fff]/, `not in Chinese: ${e.detail}`);
      // The URL is shown as typed, in 「」.
      assert.deepEqual(zhProblems(e.detail.replace(/「[^」]*」/, '「」')), [], e.detail);
      return true;
    });
  }
  assert.throws(() => normaliseBaseUrl('ftp://open.feishu.cn'), /must use https/, 'the English text stays for the log');
});
