// Look Up Application takes what people paste: the ID, a browser link, a chat message; exactly one ID or a message.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { findApplicationId } from '../../src/model/search/pastedApplicationId';

const ID = '6949805467799537964';
const OTHER = '7012345678901234567';

describe('the pasted-ID parser', () => {
  test('digits alone, with spaces around, are the ID (short ones too, as before)', () => {
    assert.deepEqual(findApplicationId(`  ${ID}\n`), { kind: 'id', applicationId: ID });
    assert.deepEqual(findApplicationId('42'), { kind: 'id', applicationId: '42' });
  });

  test('links copied from the browser', () => {
    for (
      const link of [
        `https://acme.feishu.cn/hire/application/${ID}`,
        `https://acme.feishu.cn/hire/applications/${ID}/detail?from=mail`,
        `https://acme.feishu.cn/hire/talent/${OTHER}?application_id=${ID}&tab=interview`,
        `https://acme.larksuite.com/hire/talent/${OTHER}?applicationId=${ID}`,
        `vscode://feishu-hire-tools.feishu-hire-interviews/lookup?applicationId=${ID}`,
      ]
    ) {
      assert.deepEqual(findApplicationId(link), { kind: 'id', applicationId: ID }, link);
    }
  });

  test('chat text holding one ID, next to phone numbers, times and dates', () => {
    const chat = `王芳 请看下这个投递 ${ID}，面试官 13812345678 说 2026-12-01 已经面完了（1733011200000）。`;
    assert.deepEqual(findApplicationId(chat), { kind: 'id', applicationId: ID });
    assert.deepEqual(findApplicationId(`The application: "${ID}". Thanks!`), { kind: 'id', applicationId: ID });
    assert.deepEqual(findApplicationId(`${ID} and again ${ID}`), { kind: 'id', applicationId: ID }, 'the same ID twice is one ID');
  });

  test('two IDs: neither is guessed', () => {
    const two = findApplicationId(`compare ${ID} with ${OTHER}`);
    assert.deepEqual(two, { kind: 'several', ids: [ID, OTHER] });
    const named = findApplicationId(`application_id=${ID}&application_id=${OTHER}`);
    assert.equal(named.kind, 'several');
  });

  test('no ID: words, short numbers, IDs inside other tokens, empty text', () => {
    for (const text of ['', '   ', '张伟', 'call 13812345678', `abc${ID}`, `${ID}x`, 'https://acme.feishu.cn/hire/']) {
      assert.deepEqual(findApplicationId(text), { kind: 'none' }, text);
    }
  });

  test('a huge paste is read only so far, and does not hang', () => {
    const started = performance.now();
    const found = findApplicationId(`${'x'.repeat(5000)} ${ID} ${'9'.repeat(1_000_000)}`);
    assert.deepEqual(found, { kind: 'id', applicationId: ID });
    assert.ok(performance.now() - started < 1000);
  });
});
