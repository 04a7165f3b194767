import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { fileNameOf, plainName, plainNameOf } from '../../src/model/text/plainName';

describe('names from outside on one line (#18.9)', () => {
  test('line breaks of every kind fold to one space; control, bidi and zero-width characters are dropped', () => {
    assert.equal(plainName('Wang\nLei'), 'Wang Lei');
    assert.equal(plainName(' 王\r\n\t磊\u2028\u2029x\u0085y '), '王 磊 x y');
    assert.equal(plainName('Eve\u202egnp.exe\u2066\u200b\u0000\u0007\u009b\ufeff'), 'Evegnp.exe');
    assert.equal(plainName('a\u00a0\u3000b'), 'a b');
    assert.equal(plainName('👩\u200d💻 Zoë'), '👩\u200d💻 Zoë', 'joiners inside emoji and scripts stay');
    assert.equal(plainName('x'.repeat(500)).length, 201);
  });

  test('nothing readable left: undefined, so the caller\'s fallback shows', () => {
    assert.equal(plainNameOf(undefined), undefined);
    assert.equal(plainNameOf('\n\u202e \u0000'), undefined);
    assert.equal(plainNameOf('李娜'), '李娜');
  });

  test('an export file name is one plain word with no path or reserved characters', () => {
    assert.equal(fileNameOf('interviews-Wang\nLei\u202e', 'csv'), 'interviews-Wang_Lei.csv');
    assert.equal(fileNameOf('../..\\a:b*?"<>|', 'md'), '.._.._a_b_.md');
    assert.equal(fileNameOf('\u202e', 'json'), 'export.json');
  });
});
