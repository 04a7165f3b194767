import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import { describe, test } from 'node:test';
import {
  cleanProfileName,
  FEISHU_URL,
  LARK_URL,
  newProfileId,
  parseProfileList,
  PROFILE_ID_PATTERN,
  profileNameProblem,
  suggestedProfileName,
  type Profile,
} from '../../src/model/profiles/profile';

const t = (text: string, ...args: unknown[]): string => text.replace(/\{(\d+)\}/g, (_, i: string) => String(args[Number(i)]));
const profile = (id: string, name: string): Profile => ({ id, name, baseUrl: FEISHU_URL });

describe('profiles (#14)', () => {
  test('a stored list is read defensively: malformed entries, duplicate ids and a dangling active id are dropped', () => {
    const list = parseProfileList({
      profiles: [
        { id: 'aa11', name: 'Acme', baseUrl: FEISHU_URL, appId: 'cli_1', userIdType: 'union_id' },
        { id: '../../etc', name: 'Escape', baseUrl: FEISHU_URL },
        { id: 'bb22', name: '', baseUrl: LARK_URL },
        { id: 'aa11', name: 'Twin', baseUrl: LARK_URL },
        { id: 'cc33', name: 'Lark', baseUrl: LARK_URL, userIdType: 'email', appId: 42 },
        'junk',
        null,
      ],
      activeId: 'gone',
    });
    assert.deepEqual(list.profiles.map(p => p.id), ['aa11', 'cc33']);
    assert.equal(list.profiles[0]!.userIdType, 'union_id');
    assert.equal(list.profiles[1]!.userIdType, undefined, 'an unknown user-ID type falls back to the setting');
    assert.equal(list.profiles[1]!.appId, undefined);
    assert.equal(list.activeId, 'aa11', 'the first profile when the active one is gone');
    for (const junk of [undefined, null, 'x', [], { profiles: 'no' }]) {
      assert.deepEqual(parseProfileList(junk), { profiles: [], activeId: undefined, unread: [], unreadIds: [] });
    }
  });

  test('names: unique ignoring case, no control or bidi characters, bounded length', () => {
    const others = [profile('a1', 'Acme (Lark)')];
    assert.match(profileNameProblem('acme (lark)', others, t) ?? '', /already called/);
    assert.match(profileNameProblem('   ', others, t) ?? '', /Enter a name/);
    assert.match(profileNameProblem('x'.repeat(61), others, t) ?? '', /at most 60/);
    assert.equal(profileNameProblem('Globex', others, t), undefined);
    assert.equal(cleanProfileName(' Ev\u202eil\u0000 \n name\u2066 '), 'Evil name', 'the rule of every name (plainName): invisible characters go, breaks fold');
  });

  test('suggested names follow the platform and never repeat', () => {
    assert.equal(suggestedProfileName(FEISHU_URL, [], t), 'Feishu');
    assert.equal(suggestedProfileName(LARK_URL, [profile('a1', 'Lark'), profile('b2', 'lark 2')], t), 'Lark 3');
    assert.equal(suggestedProfileName('https://proxy.example:8443/open', [], t), 'proxy.example:8443');
  });

  test('ids are random hex that the key and file names accept', () => {
    const ids = new Set(Array.from({ length: 50 }, () => newProfileId(randomBytes)));
    assert.equal(ids.size, 50);
    for (const id of ids) { assert.match(id, PROFILE_ID_PATTERN); }
  });
});
