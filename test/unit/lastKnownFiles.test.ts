// Last-known data files against what else can sit at their path (#18.11): a FIFO, a symbolic link, a store that
// never answers, temporary files of saves that never finished.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { constants } from 'node:fs';
import { mkdtemp, open, readdir, stat, symlink, utimes, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { LastKnownStore, type LastKnownStoreOptions, type SecretKeys } from '../../src/model/lastKnown/lastKnownStore';
import { TREE_SNAPSHOT_VERSION, type TreeSnapshot } from '../../src/model/tree/treeSnapshot';

const IDENTITY = 'https://open.feishu.cn cli_a1';
const exists = (path: string): Promise<boolean> => stat(path).then(() => true, () => false);
const snapshot = (): TreeSnapshot => ({ version: TREE_SNAPSHOT_VERSION, takenAt: Date.now(), filter: {}, lists: [], infos: [], names: [] });

function memoryKeys(): SecretKeys & { map: Map<string, string>; } {
  const map = new Map<string, string>();
  return {
    map,
    get: async n => map.get(n),
    store: async (n, v) => {
      map.set(n, v);
    },
    delete: async n => {
      map.delete(n);
    },
  };
}

async function tempStore(options: Partial<LastKnownStoreOptions> = {}) {
  const directory = await mkdtemp(join(tmpdir(), 'lastknown-files-'));
  const logs: string[] = [];
  const store = new LastKnownStore({ directory, keys: memoryKeys(), maxAgeDays: () => 7, log: line => logs.push(line), ...options });
  return { directory, store, logs, file: join(directory, 'p1.lastknown') };
}

/** The load's outcome within `ms`, or 'hung'; a reader stuck on a FIFO is set free so the test process can end. */
async function within<T>(ms: number, run: Promise<T>, fifo?: string): Promise<T | 'hung'> {
  let timer: NodeJS.Timeout | undefined;
  const result = await Promise.race([
    run,
    new Promise<'hung'>(resolve => {
      timer = setTimeout(() => resolve('hung'), ms);
    }),
  ]);
  clearTimeout(timer);
  if (result === 'hung' && fifo) {
    const writer = await open(fifo, constants.O_WRONLY | constants.O_NONBLOCK).catch(() => undefined);
    await writer?.close();
  }
  return result;
}

describe('last-known data files (#18.11)', { skip: process.platform === 'win32' && 'FIFOs and O_NOFOLLOW are POSIX' }, () => {
  test('a FIFO at the data file\'s path: the load refuses it at once and removes it, the tree does not hang', async () => {
    const s = await tempStore();
    assert.equal(spawnSync('mkfifo', [s.file]).status, 0, 'mkfifo');
    const started = Date.now();
    assert.equal(await within(1500, s.store.load('p1', IDENTITY), s.file), undefined);
    assert.ok(Date.now() - started < 1000, 'no wait for a writer');
    assert.equal(await exists(s.file), false);
    assert.match(s.logs.join('\n'), /not a regular file/);
    assert.equal(await s.store.save('p1', IDENTITY, snapshot()), true, 'the next save writes a real file');
  });

  test('a symbolic link at the path is removed, never followed; its target stays untouched', async () => {
    const s = await tempStore();
    const target = join(s.directory, 'elsewhere');
    await writeFile(target, 'not ours');
    await symlink(target, s.file);
    assert.equal(await s.store.load('p1', IDENTITY), undefined);
    assert.equal(await exists(s.file), false);
    assert.equal(await exists(target), true);
  });

  test('a restore that never finishes (a hung mount, a secret store that does not answer) is given up after the timeout', async () => {
    const s = await tempStore({ restoreTimeoutMs: 200 });
    await s.store.save('p1', IDENTITY, snapshot());
    const hung = await tempStore({ directory: s.directory, restoreTimeoutMs: 200, keys: { ...memoryKeys(), get: () => new Promise(() => undefined) } });
    const started = Date.now();
    assert.equal(await within(1500, hung.store.load('p1', IDENTITY)), undefined);
    assert.ok(Date.now() - started < 1000, `${Date.now() - started} ms`);
    assert.match(hung.logs.join('\n'), /took more than 200 ms/);
  });

  test('a temporary file of an interrupted save is removed on the next load or save once stale; a fresh one (another window saving) stays', async () => {
    const s = await tempStore();
    await s.store.save('p1', IDENTITY, snapshot());
    const stale = join(s.directory, 'p1.lastknown.0123456789ab.tmp');
    const fresh = join(s.directory, 'p1.lastknown.ba9876543210.tmp');
    const other = join(s.directory, 'p2.lastknown.0123456789ab.tmp');
    for (const f of [stale, fresh, other]) { await writeFile(f, 'half a save'); }
    const hourAgo = new Date(Date.now() - 60 * 60 * 1000);
    await utimes(stale, hourAgo, hourAgo);
    await utimes(other, hourAgo, hourAgo);
    assert.ok(await s.store.load('p1', IDENTITY));
    assert.deepEqual((await readdir(s.directory)).sort(), ['p1.lastknown', 'p1.lastknown.ba9876543210.tmp', 'p2.lastknown.0123456789ab.tmp']);
    await s.store.save('p2', IDENTITY, snapshot());
    assert.deepEqual((await readdir(s.directory)).sort(), ['p1.lastknown', 'p1.lastknown.ba9876543210.tmp', 'p2.lastknown']);
    await s.store.erase('p1');
    assert.deepEqual(await readdir(s.directory), ['p2.lastknown'], 'erase takes every temporary file of the profile');
  });
});
