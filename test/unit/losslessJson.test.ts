// The lossless parse: native JSON.parse, then a walk that sends any possibly rounded integer to our own parser.
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { JsonSyntaxError, MAX_JSON_DEPTH, parseJsonLossless } from '../../src/feishu/losslessJson';
import type { JsonValue } from '../../src/feishu/types';

describe('lossless JSON parse', () => {
  test('an unsafe integer anywhere keeps its digits: top level, nested, negative, in arrays', () => {
    assert.equal(parseJsonLossless('12345678901234567890'), '12345678901234567890');
    assert.equal(parseJsonLossless(' \n-12345678901234567890 '), '-12345678901234567890');
    assert.deepEqual(parseJsonLossless('{"a":{"b":[1,{"c":[[6949805467799537964]]}]}}'), { a: { b: [1, { c: [['6949805467799537964']] }] } });
    assert.deepEqual(parseJsonLossless('[ 1 , 6949805467799537964 ,\t-6949805467799537964 ]'), [1, '6949805467799537964', '-6949805467799537964']);
    // The last value of a long document, after thousands of safe ones.
    const many = Array.from({ length: 5000 }, (_, i) => i);
    assert.deepEqual(parseJsonLossless(`[${many.join(',')},99999999999999999999]`), [...many, '99999999999999999999']);
  });

  test('the boundary is 2^53 − 1; a literal too large for a double is kept too', () => {
    assert.equal(parseJsonLossless('9007199254740991'), 9007199254740991);
    assert.equal(parseJsonLossless('-9007199254740991'), -9007199254740991);
    assert.equal(parseJsonLossless('9007199254740992'), '9007199254740992');
    assert.deepEqual(parseJsonLossless('[9007199254740993]'), ['9007199254740993']);
    const huge = '1'.repeat(400);
    assert.deepEqual(parseJsonLossless(`{"n":${huge}}`), { n: huge });
  });

  test('large floats stay numbers, as JSON.parse gives them', () => {
    for (const text of ['1e21', '-1.5e300', '12345678901234567890.5', '1e400', '[0.1,2e16]']) {
      assert.deepEqual(parseJsonLossless(text), JSON.parse(text), text);
    }
  });

  test('digits inside strings are text, whatever surrounds them (escaped quotes, colons, commas)', () => {
    const text = '{"a":"x\\":12345678901234567890","b":",[12345678901234567890","c":"\\\\","d":12345678901234567890,"e":"ou_1305537257141aa36e"}';
    assert.deepEqual(parseJsonLossless(text), {
      a: 'x":12345678901234567890',
      b: ',[12345678901234567890',
      c: '\\',
      d: '12345678901234567890',
      e: 'ou_1305537257141aa36e',
    });
  });

  test('a __proto__ key stays data on both paths; additions to Object.prototype are ignored', () => {
    for (const text of ['{"__proto__":{"id":1}}', '{"__proto__":{"id":12345678901234567890}}']) {
      const v = parseJsonLossless(text) as { [k: string]: JsonValue; };
      assert.deepEqual(Object.keys(v), ['__proto__'], text);
    }
    const proto = Object.prototype as { [k: string]: unknown; };
    proto['injected'] = 12345678901234567890;
    try {
      assert.deepEqual(parseJsonLossless('{"a":{"b":1}}'), { a: { b: 1 } });
    } finally {
      delete proto['injected'];
    }
  });

  test('nesting: MAX_JSON_DEPTH − 1 with an unsafe integer at the bottom parses; deeper is refused', () => {
    const nest = (depth: number, inner: string): string => '{"a":'.repeat(depth) + inner + '}'.repeat(depth);
    let v = parseJsonLossless(nest(MAX_JSON_DEPTH - 1, '12345678901234567890'));
    for (let i = 0; i < MAX_JSON_DEPTH - 1; i++) { v = (v as { a: JsonValue; }).a; }
    assert.equal(v, '12345678901234567890');
    assert.throws(() => parseJsonLossless(nest(MAX_JSON_DEPTH + 1, '1')), JsonSyntaxError);
    assert.throws(() => parseJsonLossless(nest(MAX_JSON_DEPTH + 1, '12345678901234567890')), JsonSyntaxError);
  });

  test('random documents with unsafe integers anywhere give exactly the expected value', () => {
    let seed = 20261127;
    const random = (): number => {
      seed = (seed * 1103515245 + 12345) % 2 ** 31;
      return seed / 2 ** 31;
    };
    const pick = <T>(xs: readonly T[]): T => xs[Math.floor(random() * xs.length)]!;
    const space = (): string => pick(['', '', '', ' ', '\n', '\t ', '\r\n']);
    const digits = (n: number): string => String(1 + Math.floor(random() * 9)) + Array.from({ length: n - 1 }, () => Math.floor(random() * 10)).join('');
    const tricky = ['a"b', ':1234567890123456789', '\\', ',[99999999999999999999', '中文😀', '', 'x\ny', '\u0001'];
    /** [text, expected] */
    const gen = (depth: number): [string, JsonValue] => {
      const kind = depth > 5 ? pick(['leaf']) : pick(['leaf', 'leaf', 'array', 'object']);
      if (kind === 'array') {
        const items = Array.from({ length: Math.floor(random() * 5) }, () => gen(depth + 1));
        return [`[${space()}${items.map(([t]) => t).join(`${space()},${space()}`)}${space()}]`, items.map(([, e]) => e)];
      }
      if (kind === 'object') {
        const entries = Array.from({ length: Math.floor(random() * 5) }, (_, i) => [`k${i}${pick(tricky)}`, gen(depth + 1)] as const);
        const expected: { [k: string]: JsonValue; } = {};
        for (const [k, [, e]] of entries) { expected[k] = e; }
        return [`{${space()}${entries.map(([k, [t]]) => `${JSON.stringify(k)}${space()}:${space()}${t}`).join(`${space()},${space()}`)}${space()}}`, expected];
      }
      const sign = pick(['', '-']);
      switch (pick(['unsafe', 'unsafe', 'safe', 'float', 'string', 'literal'])) {
        case 'unsafe': {
          const d = sign + digits(17 + Math.floor(random() * 10));
          return [d, d];
        }
        case 'safe': {
          const n = Number(sign + digits(1 + Math.floor(random() * 15)));
          return [String(n), n];
        }
        case 'float': {
          const t = `${sign}${digits(3)}.${digits(2)}e${Math.floor(random() * 40)}`;
          return [t, Number(t)];
        }
        case 'string': {
          const s = pick(tricky) + digits(20);
          return [JSON.stringify(s), s];
        }
        default: {
          const l = pick([true, false, null]);
          return [String(l), l];
        }
      }
    };
    for (let run = 0; run < 500; run++) {
      const [text, expected] = gen(0);
      assert.deepEqual(parseJsonLossless(text), expected, text);
    }
  });
});
