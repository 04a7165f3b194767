// Tree rows tell a screen reader what their icon shows (#23.5): a conclusion, feedback owed, an error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { formatOnly, type Translate } from '../../src/feishu/translate';
import { rowAccessibilityLabel, type RowMeaning } from '../../src/model/text/rowAccessibility';

const root = join(__dirname, '..', '..', '..');
const zhBundle = JSON.parse(readFileSync(join(root, 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
const en: Translate = formatOnly;
const zh: Translate = (message, ...args) => formatOnly(zhBundle[message] ?? `MISSING ${message}`, ...args);

const MEANINGS: RowMeaning[] = [
  'list',
  'interview',
  'record',
  'recordOwed',
  'loadMore',
  'error',
  'warning',
  'information',
  'interviewer',
  'day',
  'interviewOwed',
  'interviewEnded',
  'interviewNotOver',
  'readyApplication',
];

test('a record row says it is interview feedback, then its conclusion, score, interviewer and status', () => {
  assert.equal(rowAccessibilityLabel('record', ['Pass · 4 · Sun Tao', 'not submitted'], 'en', en), 'Interview feedback: Pass · 4 · Sun Tao, not submitted');
  assert.equal(rowAccessibilityLabel('record', ['通过 · 4 · 孙涛', undefined], 'zh', zh), '面评：通过 · 4 · 孙涛');
});

test('the icons that carry meaning of their own are said: owed, ended, not over, errors', () => {
  assert.equal(rowAccessibilityLabel('interviewOwed', ['Zhang Wei · Round 2'], 'en', en), 'Interview, feedback owed: Zhang Wei · Round 2');
  assert.equal(rowAccessibilityLabel('interviewEnded', ['Round 1'], 'zh', zh), '面试，已结束，面评已全部提交：Round 1');
  assert.equal(rowAccessibilityLabel('recordOwed', ['Zhang Wei', 'ended 3 days ago'], 'zh', zh), '待提交面评：Zhang Wei，ended 3 days ago');
  // A message row's action ("· Refresh") is read without its separator.
  assert.equal(rowAccessibilityLabel('error', ['Could not load', '· Retry'], 'en', en), 'Error: Could not load, Retry');
});

test('every meaning has its own English and Chinese words', () => {
  const english = MEANINGS.map(m => rowAccessibilityLabel(m, [], 'en', en));
  const chinese = MEANINGS.map(m => rowAccessibilityLabel(m, [], 'zh', zh));
  assert.equal(new Set(english).size, MEANINGS.length, english.join(' | '));
  assert.equal(new Set(chinese).size, MEANINGS.length, chinese.join(' | '));
  assert.deepEqual(chinese.filter(c => c.includes('MISSING') || /[A-Za-z]/.test(c)), []);
});

test('the tree code gives every kind of row a label (no row is left to its icon)', () => {
  const tree = readFileSync(join(root, 'src', 'tree', 'treeItemFor.ts'), 'utf8');
  const queue = readFileSync(join(root, 'src', 'tree', 'queueTreeProvider.ts'), 'utf8');
  // Every `case '<kind>'` of the two item builders ends with a label, its own or speak(…).
  for (const [file, text] of [['treeItemFor.ts', tree.slice(0, tree.indexOf('export function tooltipFor'))], ['queueTreeProvider.ts', queue]] as const) {
    const cases = text.split(/\n\s+case '/).slice(1);
    for (const c of cases) {
      const kind = c.slice(0, c.indexOf('\''));
      const delegated = /return (recordItem|treeItemFor)\(node, ctx\);/.test(c) && !/item\.label =/.test(c);
      assert.ok(delegated || /speak\(item, |accessibilityInformation = /.test(c), `${file}: rows of kind ${kind} have no accessibility label`);
    }
  }
});
