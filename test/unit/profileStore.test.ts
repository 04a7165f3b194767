// Profiles as stored (#18.4): the bound, entries this version cannot read, and what removed profiles left behind.
import assert from 'node:assert/strict';
import { mkdtemp, readdir, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { formatOnly as t } from '../../src/feishu/translate';
import { lastKnownKeyName, LastKnownStore } from '../../src/model/lastKnown/lastKnownStore';
import { FEISHU_URL, LARK_URL, MAX_PROFILES, parseProfileList, profileLimitProblem } from '../../src/model/profiles/profile';
import { ProfileStore } from '../../src/session/profileStore';
import { removeUnlistedProfiles } from '../../src/session/unlistedProfiles';

const LIST_KEY = 'feishuHire.profiles';
const entry = (i: number, baseUrl = FEISHU_URL) => ({ id: `p${i}`, name: `Tenant ${i}`, baseUrl });

function memento(initial: Record<string, unknown> = {}) {
  const values = new Map<string, unknown>(Object.entries(initial));
  return {
    values,
    keys: () => [...values.keys()],
    get: <T>(key: string, fallback?: T): T | undefined => (values.has(key) ? values.get(key) as T : fallback),
    update: async (key: string, value: unknown) => {
      if (value === undefined) { values.delete(key); } else { values.set(key, value); }
    },
  };
}

describe('profiles as stored (#18.4)', () => {
  test('Add Profile is refused at the bound, with a message', () => {
    const fifty = Array.from({ length: MAX_PROFILES }, (_, i) => entry(i));
    assert.equal(profileLimitProblem(parseProfileList({ profiles: fifty.slice(1) }).profiles, t), undefined);
    assert.match(profileLimitProblem(parseProfileList({ profiles: fifty }).profiles, t) ?? '', /There are 50 profiles already/);
  });

  test('a 51st entry stored elsewhere is kept, not read; when it is the active one, nothing connects (not profile 0\'s server)', () => {
    const list = parseProfileList({ profiles: [...Array.from({ length: MAX_PROFILES }, (_, i) => entry(i)), entry(50, LARK_URL)], activeId: 'p50' });
    assert.equal(list.profiles.length, MAX_PROFILES);
    assert.deepEqual(list.unreadIds, ['p50']);
    assert.equal(list.activeId, undefined);
    assert.equal(parseProfileList({ profiles: [entry(1)], activeId: 'gone' }).activeId, 'p1', 'a profile removed elsewhere: the first one');
  });

  test('writing the list never drops or rewrites an entry this version could not read', async () => {
    const broken = { id: 'bb22', name: 42, baseUrl: FEISHU_URL, futureField: { keep: true } };
    const m = memento({ [LIST_KEY]: { profiles: [entry(1), broken, 'junk'], activeId: 'p1' } });
    const store = new ProfileStore(m);
    assert.deepEqual(store.read().profiles.map(p => p.id), ['p1']);
    await store.update('p1', p => ({ ...p, name: 'Renamed' }));
    await store.write({ profiles: [...store.read().profiles, { ...entry(2) }], activeId: 'p2' });
    const stored = m.values.get(LIST_KEY) as { profiles: unknown[]; activeId: string; };
    assert.deepEqual(stored.profiles, [{ ...entry(1), name: 'Renamed', appId: undefined, userIdType: undefined }, { ...entry(2) }, broken, 'junk']);
    assert.equal(stored.activeId, 'p2');
    assert.deepEqual([...store.listedIds()].sort(), ['bb22', 'p1', 'p2'], 'the unreadable entry still owns its secret and data');
  });

  test('at start, the data file, data key and secret of a profile no longer listed are removed; listed, unreadable and fresh ones stay', async () => {
    const directory = await mkdtemp(join(tmpdir(), 'unlisted-'));
    const keys = new Map<string, string>();
    const lastKnown = new LastKnownStore({
      directory,
      maxAgeDays: () => 7,
      keys: {
        get: async n => keys.get(n),
        store: async (n, v) => {
          keys.set(n, v);
        },
        delete: async n => {
          keys.delete(n);
        },
      },
    });
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    for (const id of ['p1', 'bb22', 'gone1', 'gone2', 'fresh']) {
      const file = join(directory, id === 'gone2' ? `${id}.lastknown.0123456789ab.tmp` : `${id}.lastknown`);
      await writeFile(file, 'sealed');
      if (id !== 'fresh') { await utimes(file, hourAgo, hourAgo); }
      keys.set(lastKnownKeyName(id), 'key');
    }
    const profiles = new ProfileStore(memento({ [LIST_KEY]: { profiles: [entry(1), { id: 'bb22', name: 42 }], activeId: 'p1' } }));
    const cleared: string[] = [];
    await removeUnlistedProfiles({
      profiles,
      lastKnown,
      clearCredentials: async id => {
        cleared.push(id);
      },
      log: () => undefined,
    });
    assert.deepEqual(cleared.sort(), ['gone1', 'gone2']);
    assert.deepEqual((await readdir(directory)).sort(), ['bb22.lastknown', 'fresh.lastknown', 'p1.lastknown']);
    assert.deepEqual([...keys.keys()].sort(), ['bb22', 'fresh', 'p1'].map(lastKnownKeyName).sort());
  });
});
