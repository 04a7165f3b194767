// Last-known data (#14): the tree's snapshot and restore with zero requests at the fake, and the encrypted store.
import { after, before, beforeEach, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { createCipheriv, randomBytes } from 'node:crypto';
import { mkdtemp, readdir, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fetch from 'node-fetch';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import type { FetchLike } from '../../src/feishu/httpClient';
import { formatOnly } from '../../src/feishu/translate';
import type { ApplicationNode, HireNode, InterviewNode } from '../../src/model/tree/hireNode';
import { HireTreeModel } from '../../src/model/tree/hireTreeModel';
import { LAST_KNOWN_FORMAT_VERSION, LastKnownStore, lastKnownKeyName, MAX_LAST_KNOWN_BYTES, type SecretKeys } from '../../src/model/lastKnown/lastKnownStore';
import { MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION, TREE_SNAPSHOT_VERSION, type TreeSnapshot } from '../../src/model/tree/treeSnapshot';
import { defaultSwitches, SAMPLE, startFakeFeishu, type FakeFeishu } from '../../src/fakeFeishu/server';
import { connectionFor, until } from './helpers';

const DAY = 24 * 60 * 60 * 1000;
let fake: FakeFeishu;
let clock = Date.UTC(2026, 10, 27, 1, 30);

/** Runs a test that moves the shared clock, and puts the clock back whatever happens. */
async function keepingClock(run: () => Promise<void>): Promise<void> {
  const saved = clock;
  try {
    await run();
  } finally {
    clock = saved;
  }
}

before(async () => {
  fake = await startFakeFeishu();
});
after(async () => {
  await fake.close();
});
beforeEach(() => {
  // The fake's rate limits are not under test here; without them a tree of 50 labelled applications loads at once.
  Object.assign(fake.switches, defaultSwitches(), { rateLimit: false });
  fake.resetStats();
});

/** A model on its own client (a fresh token cache, as after a VS Code restart). */
function treeModel(pageSize = 20) {
  const client = createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: fetch as unknown as FetchLike,
    pacing: false,
    credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
  });
  let pinned: readonly string[] = [];
  const logs: string[] = [];
  const model = new HireTreeModel(
    { pageSize: () => pageSize, lang: () => 'en', t: formatOnly, now: () => clock, log: line => logs.push(line) },
    connectionFor(client.hire, {
      pinned: {
        get: () => pinned,
        set: async ids => {
          pinned = ids;
        },
      },
    }),
  );
  return {
    model,
    logs,
    pin: (ids: string[]) => {
      pinned = ids;
    },
  };
}

/** Long enough for any background label or name request to have been sent. */
const quiet = () => new Promise(r => setTimeout(r, 100));

/** What a user sees of a node's children: ids and every label field. */
function view(nodes: HireNode[]): unknown[] {
  return nodes.map(n => {
    switch (n.kind) {
      case 'application':
        return [n.id, n.candidateName, n.jobTitle, n.application?.id];
      case 'interview':
        return [n.id, n.stageName, n.interview.raw];
      case 'record':
        return [n.id, n.interviewerName, n.record.content];
      case 'loadMore':
        return [n.id, n.loaded];
      default:
        return [n.id, n.kind];
    }
  });
}

const rootAll = (m: HireTreeModel) => m.roots().find(r => r.id === 'all') as HireNode;
const rootPinned = (m: HireTreeModel) => m.roots().find(r => r.id === 'pinned') as HireNode;
const interviewsOf = (nodes: HireNode[]) => nodes.filter((n): n is InterviewNode => n.kind === 'interview');

/** The tree a user had: all applications (labels settled), application 120 with two pages, application 7, names. */
async function loadedTree() {
  const a = treeModel();
  a.pin([SAMPLE.appInactive]);
  await a.model.children(rootPinned(a.model));
  const apps = await a.model.children(rootAll(a.model));
  const appIds = [SAMPLE.appInactive, ...apps.filter((n): n is ApplicationNode => n.kind === 'application').map(n => n.applicationId)];
  await until('labels', () => appIds.every(id => a.model.connection?.directory.application(id)?.candidateName !== undefined));
  const app120 = a.model.applicationNode('all', SAMPLE.appWith120);
  const app7 = a.model.applicationNode('all', SAMPLE.appWith7);
  await a.model.children(app120);
  await a.model.loadMore(app120.id);
  await a.model.children(app7);
  await until('names', () => {
    const snapshot = a.model.snapshot()!;
    return snapshot.names.length === 2 && snapshot.names.every(n => n.seen.length >= 7);
  });
  await quiet();
  return { ...a, app120, app7 };
}

/** Every node's children that the old model had loaded, in the same order as a user would expand them. */
async function expandLoaded(m: HireTreeModel): Promise<unknown[]> {
  const seen: unknown[] = [view(await m.children(rootPinned(m)))];
  const all = await m.children(rootAll(m));
  seen.push(view(all));
  for (const id of [SAMPLE.appWith120, SAMPLE.appWith7]) {
    const interviews = await m.children(m.applicationNode('all', id));
    seen.push(view(interviews));
    for (const interview of interviewsOf(interviews)) { seen.push(view(await m.children(interview))); }
  }
  return seen;
}

function memoryKeys(): SecretKeys & { map: Map<string, string>; } {
  const map = new Map<string, string>();
  return {
    map,
    get: async name => map.get(name),
    store: async (name, value) => {
      map.set(name, value);
    },
    delete: async name => {
      map.delete(name);
    },
  };
}

async function tempStore(options: { maxAgeDays?: number; } = {}) {
  const directory = await mkdtemp(join(tmpdir(), 'lastknown-'));
  const keys = memoryKeys();
  const logs: string[] = [];
  const store = new LastKnownStore({ directory, keys, maxAgeDays: () => options.maxAgeDays ?? 7, now: () => clock, log: line => logs.push(line) });
  return { directory, keys, store, logs, file: join(directory, 'p1.lastknown') };
}

const IDENTITY = 'https://open.feishu.cn cli_a1';
const exists = (path: string) => stat(path).then(() => true, () => false);

describe('last-known data: the tree', () => {
  test('a restored tree shows the same nodes and labels with zero requests at the fake', async () => {
    const a = await loadedTree();
    const before = await expandLoaded(a.model);
    const snapshot = JSON.parse(JSON.stringify(a.model.snapshot()!)) as unknown;

    const b = treeModel();
    b.pin([SAMPLE.appInactive]);
    fake.resetStats();
    assert.equal(b.model.restore(snapshot), true);
    const after = await expandLoaded(b.model);
    await quiet();
    assert.deepEqual(fake.stats.requests.map(r => r.path), [], 'not one request, the token included');
    assert.deepEqual(after, before);
    assert.ok(JSON.stringify(after).includes('张伟'), 'candidate names came back');
    assert.ok(b.model.applicationNode('pinned', SAMPLE.appInactive).candidateName, 'the pinned application\'s label came back');
    assert.ok(
      interviewsOf(await b.model.children(b.model.applicationNode('all', SAMPLE.appWith7))).every(n => n.stageName !== undefined),
      'stage names came back',
    );
  });

  test('restoredAt is when the oldest restored list was loaded; a successful refresh clears it and requests', async () => {
    clock = Date.UTC(2026, 10, 27, 1, 30);
    const a = await loadedTree();
    const snapshot = a.model.snapshot()!;
    const b = treeModel();
    assert.equal(b.model.restoredAt, undefined);
    b.model.restore(snapshot);
    assert.equal(b.model.restoredAt, Math.min(...snapshot.lists.map(l => l.loadedAt)));
    fake.resetStats();
    await b.model.reloadAll();
    assert.ok(fake.stats.count('applications') >= 1 && fake.stats.count('interviews') >= 2, 'refresh asks the service again');
    assert.equal(b.model.restoredAt, undefined);
  });

  test('a failed refresh keeps restoredAt: the tree still shows old data', async () => {
    const a = await loadedTree();
    const b = treeModel();
    b.model.restore(a.model.snapshot()!);
    fake.set({ failNext: [{ route: 'interviews', count: 10, kind: 'code', code: 99991672 }] });
    await b.model.reloadAll();
    assert.notEqual(b.model.restoredAt, undefined);
  });

  test('expanding an application that was not loaded requests its first page', async () => {
    const a = await loadedTree();
    const b = treeModel();
    b.model.restore(a.model.snapshot()!);
    fake.resetStats();
    const children = await b.model.children(b.model.applicationNode('all', SAMPLE.appWith1));
    assert.equal(interviewsOf(children).length, 1);
    assert.deepEqual(fake.stats.requests.filter(r => r.route === 'interviews').map(r => r.path), [
      `/open-apis/hire/v1/applications/${SAMPLE.appWith1}/interviews`,
    ]);
  });

  test('Load more goes on from the saved page token, with no repeat', async () => {
    const a = await loadedTree();
    const snapshot = a.model.snapshot()!;
    const saved = snapshot.lists.find(l => l.parentId === a.app120.id);
    assert.ok(saved?.nextToken && !saved.done && saved.items.length === 40);
    const b = treeModel();
    b.model.restore(snapshot);
    fake.resetStats();
    await b.model.loadMore(a.app120.id);
    const pages = fake.stats.requests.filter(r => r.route === 'interviews');
    assert.deepEqual(pages.map(r => r.query['page_token']), [saved.nextToken]);
    const interviews = interviewsOf(await b.model.children(b.model.applicationNode('all', SAMPLE.appWith120)));
    assert.equal(interviews.length, 60);
    assert.equal(new Set(interviews.map(n => n.id)).size, 60);
    // The 41st to 60th are the ones a tree that never restarted would have shown.
    await a.model.loadMore(a.app120.id);
    assert.deepEqual(interviews.map(n => n.interview.id), interviewsOf(await a.model.children(a.app120)).map(n => n.interview.id));
  });

  test('a snapshot is bounded per application; the rest is fetched by Load more from the right token', async () => {
    const a = treeModel(50);
    const app = a.model.applicationNode('all', SAMPLE.appWith10000);
    await a.model.children(app);
    while (interviewsOf(await a.model.children(app)).length < MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION + 75) { await a.model.loadMore(app.id); }
    const snapshot = a.model.snapshot()!;
    const list = snapshot.lists.find(l => l.parentId === app.id);
    assert.equal(list?.items.length, MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION);
    assert.equal(list?.done, false);

    const text = JSON.stringify(snapshot);
    const b = treeModel(50);
    const started = performance.now();
    b.model.restore(JSON.parse(text));
    const restored = interviewsOf(await b.model.children(b.model.applicationNode('all', SAMPLE.appWith10000)));
    const ms = performance.now() - started;
    console.log(`restore of ${restored.length} interviews (${(text.length / 1024 / 1024).toFixed(1)} MB of JSON): ${ms.toFixed(1)} ms, parse included`);
    assert.equal(restored.length, MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION);
    const s = await tempStore();
    const saveStarted = performance.now();
    await s.store.save('p1', IDENTITY, a.model.snapshot()!);
    const loadStarted = performance.now();
    assert.ok(await s.store.load('p1', IDENTITY));
    console.log(
      `snapshot + encrypted save: ${(loadStarted - saveStarted).toFixed(1)} ms; load + decrypt + check: ${(performance.now() - loadStarted).toFixed(1)} ms`,
    );

    fake.resetStats();
    await b.model.loadMore(app.id);
    const more = interviewsOf(await b.model.children(b.model.applicationNode('all', SAMPLE.appWith10000)));
    const original = interviewsOf(await a.model.children(app));
    assert.deepEqual(more.map(n => n.interview.id), original.slice(0, more.length).map(n => n.interview.id));
    assert.equal(more.length, MAX_SNAPSHOT_INTERVIEWS_PER_APPLICATION + 50);
  });

  test('a wrong snapshot is refused or its wrong entries dropped, never a crash', async () => {
    const { model, logs } = treeModel();
    for (
      const bad of [undefined, null, 42, 'x', [], {}, { version: 2, takenAt: 1, filter: {}, lists: [], infos: [], names: [] }, {
        version: TREE_SNAPSHOT_VERSION,
        takenAt: -1,
      }]
    ) {
      assert.equal(model.restore(bad), false, JSON.stringify(bad));
    }
    const snapshot = {
      version: TREE_SNAPSHOT_VERSION,
      takenAt: clock,
      filter: { activeStatus: '1' },
      lists: [{ parentId: '../../etc', items: [], invalid: [], done: true, loadedAt: clock }, {
        parentId: 'all',
        items: ['100', 7, { a: 1 }, '../x'],
        invalid: [{ junk: true }],
        done: false,
        nextToken: 12,
        loadedAt: clock,
      }, {
        parentId: 'all/app/100',
        items: [{ id: '900' }, { no: 'id' }, 'text', { id: '901', interview_record_list: 'oops' }],
        invalid: 'x',
        done: true,
        loadedAt: clock,
      }],
      infos: [{ applicationId: '100', candidateName: 'Ann', application: { id: 5 } }, { applicationId: 'x' }],
      names: [{ applicationId: '100', stages: [['900', { en_us: 'Onsite' }], ['bad']], interviewers: 'no', seen: ['900', 3], done: true }],
    };
    assert.equal(model.restore(snapshot), true);
    fake.resetStats();
    const interviews = interviewsOf(await model.children(model.applicationNode('all', '100')));
    assert.deepEqual(interviews.map(n => [n.interview.id, n.stageName]), [['900', 'Onsite']]);
    assert.equal(model.applicationNode('all', '100').candidateName, 'Ann');
    assert.equal(model.applicationNode('all', '100').application, undefined, 'an application object that does not parse is left out');
    assert.deepEqual(model.filter, { activeStatus: '1', jobId: undefined });
    assert.equal(fake.stats.requests.length, 0);
    assert.ok(logs.some(l => /left out 2 interviews/.test(l)), logs.join('\n'));
  });
});

describe('last-known data: the encrypted store', () => {
  const snapshot = (extra: Partial<TreeSnapshot> = {}): TreeSnapshot => ({
    version: TREE_SNAPSHOT_VERSION,
    takenAt: clock,
    filter: {},
    lists: [],
    infos: [{ applicationId: '100', candidateName: 'Ann Lee' }],
    names: [],
    ...extra,
  });

  test('the data key read ahead (while the session reads the credentials) serves the next load: one secret read, not two in a row', async () => {
    const s = await tempStore();
    assert.equal(await s.store.save('p1', IDENTITY, snapshot()), true);
    // The next start: a store of its own, which knows no key yet.
    const store = new LastKnownStore({ directory: s.directory, keys: s.keys, maxAgeDays: () => 7, now: () => clock });
    const reads: string[] = [];
    const get = s.keys.get;
    s.keys.get = async name => {
      reads.push(name);
      return get(name);
    };
    store.prefetchKey('p1');
    assert.deepEqual(reads, [lastKnownKeyName('p1')], 'the key is asked for at once');
    assert.equal((await store.load('p1', IDENTITY))?.snapshot.infos[0]?.candidateName, 'Ann Lee');
    assert.equal(reads.length, 1, 'the load used the key read ahead');
    assert.ok(await store.load('p1', IDENTITY));
    assert.equal(reads.length, 1, 'a switch back uses the key known since: no secret read');
    store.prefetchKey('p1');
    assert.equal(reads.length, 1, 'a key known needs no read ahead either');
    // Erased in between: neither the key read ahead nor the one known is used after.
    store.prefetchKey('p1');
    await store.erase('p1');
    assert.equal(await store.load('p1', IDENTITY), undefined);
    assert.equal(await store.save('p1', IDENTITY, snapshot()), true);
    assert.ok(await store.load('p1', IDENTITY), 'a new key after the erase');
  });

  test('a key known here but replaced in another window (signed out and in there): the load reads it again and shows the file', async () => {
    const a = await tempStore();
    assert.equal(await a.store.save('p1', IDENTITY, snapshot()), true);
    assert.ok(await a.store.load('p1', IDENTITY));
    // The other window: its own store over the same folder and secrets erases, then saves with a new key.
    const other = new LastKnownStore({ directory: a.directory, keys: a.keys, maxAgeDays: () => 7, now: () => clock });
    await other.erase('p1');
    assert.equal(await other.save('p1', IDENTITY, snapshot({ infos: [{ applicationId: '100', candidateName: 'Bo Chen' }] })), true);
    assert.equal((await a.store.load('p1', IDENTITY))?.snapshot.infos[0]?.candidateName, 'Bo Chen');
    assert.ok(await exists(a.file), 'the other window\'s file is kept');
  });

  test('save then load gives the snapshot back; the file is 0600 and holds no plaintext of the tree', async () => {
    const a = await loadedTree();
    const tree = a.model.snapshot()!;
    const s = await tempStore();
    assert.equal(await s.store.save('p1', IDENTITY, tree), true);
    const loaded = await s.store.load('p1', IDENTITY);
    assert.equal(loaded?.savedAt, clock);
    assert.deepEqual(JSON.parse(JSON.stringify(loaded?.snapshot)), JSON.parse(JSON.stringify(tree)));
    assert.equal((await stat(s.file)).mode & 0o777, 0o600);
    assert.deepEqual(await readdir(s.directory), ['p1.lastknown'], 'no temporary file left');
    assert.ok(s.keys.map.has(lastKnownKeyName('p1')));

    const bytes = await readFile(s.file);
    const interview = interviewsOf(await a.model.children(a.app120))[0]?.interview;
    const note = interviewsOf(await a.model.children(a.app120)).flatMap(n => n.interview.interview_record_list).find(r => (r.content ?? '').length >= 8)
      ?.content;
    const secrets = ['张伟', 'Emma Wilson', SAMPLE.appWith120, interview?.id, note, 'interview_record_list', 'candidateName'];
    for (const text of secrets) {
      assert.ok(text, 'the sample has this text');
      assert.equal(bytes.includes(Buffer.from(text, 'utf8')), false, `the file holds "${text}"`);
    }
    assert.ok(JSON.stringify(tree).includes(note ?? '\u0000'), 'the snapshot itself had the note');
  });

  test('each save uses a new IV; two saves at once leave one key and a file that opens', async () => {
    const s = await tempStore();
    await s.store.save('p1', IDENTITY, snapshot());
    const first = await readFile(s.file);
    await s.store.save('p1', IDENTITY, snapshot());
    const second = await readFile(s.file);
    assert.notDeepEqual(first.subarray(5, 17), second.subarray(5, 17));

    const t = await tempStore();
    await Promise.all([t.store.save('p1', IDENTITY, snapshot()), t.store.save('p1', IDENTITY, snapshot({ takenAt: 5 }))]);
    assert.equal((await t.store.load('p1', IDENTITY))?.snapshot.takenAt, 5);
  });

  const refusals: Array<[string, (s: Awaited<ReturnType<typeof tempStore>>) => Promise<void>, string?]> = [
    ['tampered ciphertext', async s => {
      const b = await readFile(s.file);
      b[b.length - 3]! ^= 1;
      await writeFile(s.file, b);
    }],
    ['tampered header (IV)', async s => {
      const b = await readFile(s.file);
      b[6]! ^= 1;
      await writeFile(s.file, b);
    }],
    ['a truncated file', async s => {
      await truncate(s.file, 20);
    }],
    ['another format version', async s => {
      const b = await readFile(s.file);
      b[4] = LAST_KNOWN_FORMAT_VERSION + 1;
      await writeFile(s.file, b);
    }],
    ['a missing key', async s => {
      s.keys.map.clear();
    }],
    ['a key of the wrong length', async s => {
      s.keys.map.set(lastKnownKeyName('p1'), randomBytes(16).toString('base64'));
    }],
    ['another key', async s => {
      s.keys.map.set(lastKnownKeyName('p1'), randomBytes(32).toString('base64'));
    }],
    ['a file older than the days to keep', async () => {
      clock += 7 * DAY + 1;
    }],
    ['a file from the future (wrong clock)', async () => {
      clock -= 2 * DAY;
    }],
    ['an oversized file', async s => {
      await truncate(s.file, MAX_LAST_KNOWN_BYTES + 10);
    }],
    ['another identity', async () => undefined, 'https://open.larksuite.com cli_a1'],
    ['another app id', async () => undefined, 'https://open.feishu.cn cli_b2'],
  ];
  for (const [what, spoil, identity] of refusals) {
    test(`${what}: load gives undefined, the file is gone, nothing throws`, () =>
      keepingClock(async () => {
        const s = await tempStore();
        await s.store.save('p1', IDENTITY, snapshot());
        await spoil(s);
        // Read at the next start (a store of its own): this window's store keeps the key it made in memory.
        const next = new LastKnownStore({ directory: s.directory, keys: s.keys, maxAgeDays: () => 7, now: () => clock, log: line => s.logs.push(line) });
        assert.equal(await next.load('p1', identity ?? IDENTITY), undefined);
        assert.equal(await exists(s.file), false);
        assert.equal(s.logs.length, 1, s.logs.join('\n'));
      }));
  }

  test('data is as old as its oldest list: saving it again in a long session does not keep it past the days to keep', () =>
    keepingClock(async () => {
      const s = await tempStore();
      const listsAt = clock - DAY;
      const old = snapshot({ lists: [{ parentId: 'all', items: ['100'], invalid: [], nextToken: undefined, done: true, loadedAt: listsAt }] });
      clock = listsAt + 6 * DAY;
      await s.store.save('p1', IDENTITY, old); // re-saved a day before it expires
      clock = listsAt + 7 * DAY + 1;
      assert.equal(await s.store.load('p1', IDENTITY), undefined, 'eight days after it was loaded, it is gone');
    }));

  test('six days old still loads; the max age follows the setting, 0 keeps nothing', () =>
    keepingClock(async () => {
      const s = await tempStore();
      await s.store.save('p1', IDENTITY, snapshot());
      clock += 6 * DAY;
      assert.ok(await s.store.load('p1', IDENTITY));
      const none = await tempStore({ maxAgeDays: 0 });
      assert.equal(await none.store.save('p1', IDENTITY, snapshot()), false);
      assert.equal(await exists(none.file), false);
    }));

  // Encrypts `plaintext` as the store would, so the envelope is valid and only the content is wrong.
  async function sealed(s: Awaited<ReturnType<typeof tempStore>>, plaintext: string): Promise<void> {
    await s.store.save('p1', IDENTITY, snapshot());
    const key = Buffer.from(s.keys.map.get(lastKnownKeyName('p1')) ?? '', 'base64');
    const iv = randomBytes(12);
    const cipher = createCipheriv('aes-256-gcm', key, iv);
    cipher.setAAD(Buffer.from(`feishuHire.lastKnown\u0000${LAST_KNOWN_FORMAT_VERSION}\u0000p1\u0000${IDENTITY}`, 'utf8'));
    const body = Buffer.concat([cipher.update(plaintext, 'utf8'), cipher.final()]);
    await writeFile(s.file, Buffer.concat([Buffer.from('FHLK'), Buffer.from([LAST_KNOWN_FORMAT_VERSION]), iv, cipher.getAuthTag(), body]));
  }

  for (
    const [what, plaintext] of [
      ['not JSON', '{"savedAt": 1, "snap'],
      ['JSON without a snapshot', JSON.stringify({ savedAt: clock })],
      ['a snapshot of another version', JSON.stringify({ savedAt: clock, snapshot: { ...snapshot(), version: 2 } })],
      ['no save time', JSON.stringify({ snapshot: snapshot() })],
      ['a bare array', '[1,2,3]'],
    ] as const
  ) {
    test(`garbage inside a valid envelope (${what}): undefined, the file is gone`, async () => {
      const s = await tempStore();
      await sealed(s, plaintext);
      assert.equal(await s.store.load('p1', IDENTITY), undefined);
      assert.equal(await exists(s.file), false);
    });
  }

  test('the sealing helper above matches the store (else the garbage tests prove nothing)', async () => {
    const s = await tempStore();
    await sealed(s, JSON.stringify({ savedAt: clock, snapshot: snapshot() }));
    assert.equal((await s.store.load('p1', IDENTITY))?.snapshot.infos[0]?.candidateName, 'Ann Lee');
  });

  test('a snapshot too large to save is skipped with a reason; the earlier file stays', async () => {
    const s = await tempStore();
    await s.store.save('p1', IDENTITY, snapshot());
    const huge = snapshot({ infos: [{ applicationId: '100', candidateName: 'x'.repeat(MAX_LAST_KNOWN_BYTES) }] });
    assert.equal(await s.store.save('p1', IDENTITY, huge), false);
    assert.match(s.logs.join('\n'), /not saved: \d+ bytes/);
    assert.equal((await s.store.load('p1', IDENTITY))?.snapshot.infos[0]?.candidateName, 'Ann Lee');
  });

  test('erase removes the file and the key; loading afterwards is undefined', async () => {
    const s = await tempStore();
    await s.store.save('p1', IDENTITY, snapshot());
    await s.store.save('p2', IDENTITY, snapshot());
    await s.store.erase('p1');
    assert.equal(await exists(s.file), false);
    assert.equal(s.keys.map.has(lastKnownKeyName('p1')), false);
    assert.equal(await s.store.load('p1', IDENTITY), undefined);
    assert.ok(await s.store.load('p2', IDENTITY), 'other profiles keep theirs');
    await s.store.erase('p1');
  });

  test('a profile id that could leave the folder is refused; nothing is written', async () => {
    const s = await tempStore();
    for (const id of ['../p1', 'a/b', '..', 'P1', '', 'a'.repeat(65), 'p1\u0000', 'p1.lastknown']) {
      await assert.rejects(s.store.save(id, IDENTITY, snapshot()), /not a profile id/);
      await assert.rejects(s.store.load(id, IDENTITY), /not a profile id/);
      await assert.rejects(s.store.erase(id), /not a profile id/);
    }
    assert.deepEqual(await readdir(s.directory), []);
    assert.equal(await exists(join(s.directory, '..', 'p1.lastknown')), false);
    assert.equal(s.keys.map.size, 0);
    await rm(s.directory, { recursive: true });
  });
});
