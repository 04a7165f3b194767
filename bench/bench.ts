// `npm run bench`: figures against the fake Feishu server with 50 ms injected latency; writes bench/results.json.
// `npm run bench -- --quick` (CI): request counts only, no timing, ends with "N passed, N failed".
import { execFileSync, spawn } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, hostname, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import * as esbuild from 'esbuild';
import fetch from 'node-fetch';
import { createFeishuClient, type FeishuClient } from '../src/feishu/feishuClient';
import { nodeFetchTransport } from '../src/feishu/nodeFetchTransport';
import { parseJsonLossless } from '../src/feishu/losslessJson';
import { collectAll } from '../src/feishu/pager';
import type { JsonObject } from '../src/feishu/types';
import { parseInterview, parsePage } from '../src/feishu/validate';
import { formatOnly } from '../src/feishu/translate';
import { MINUTE_LIMITS, RATE_LIMITS, SAMPLE, startFakeFeishu, type FakeFeishu } from '../src/fakeFeishu/server';
import type { HireNode } from '../src/model/tree/hireNode';
import { HireTreeModel } from '../src/model/tree/hireTreeModel';
import { listAll as sdkListAll } from './minimalSdkClient';
import { searchFigures } from './searchFigures';
import { sdkPageReader } from './sdkPages';
import { createConnection } from '../src/model/connection/hireConnection';
import { debriefFigures } from './debriefBench';

const quick = process.argv.includes('--quick');
/** `--only=paging,cpu` runs only those groups (size, paging, timing, minute, memory, cpu, host, search, debrief): for work on one figure. */
const onlyArg = process.argv.find(a => a.startsWith('--only='))?.slice('--only='.length).split(',');
const wanted = (group: 'size' | 'paging' | 'timing' | 'minute' | 'memory' | 'cpu' | 'host' | 'search' | 'debrief'): boolean =>
  !onlyArg || onlyArg.includes(group);
const LATENCY = quick ? 0 : 50;
const root = join(__dirname, '..', '..');

interface Row {
  figure: string;
  value: string;
  budget: string;
  ok: boolean;
  note?: string;
}
const rows: Row[] = [];
const record = (figure: string, value: string, budget: string, ok: boolean, note?: string): void => {
  rows.push({ figure, value, budget, ok, note });
};

function client(fake: FakeFeishu, options: { concurrency?: number; pacing?: boolean; rateTimeScale?: number; } = {}): FeishuClient {
  return createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
    maxConcurrentRequests: options.concurrency ?? 4,
    pacing: options.pacing,
    timeoutMs: 30_000,
    rateTimeScale: options.rateTimeScale,
  });
}

function model(c: FeishuClient, pageSize: number): HireTreeModel {
  return new HireTreeModel(
    { pageSize: () => pageSize, lang: () => 'en', t: formatOnly },
    createConnection({ api: c.hire, userIdType: 'open_id', identity: 'bench' }),
  );
}

/** The middle value; for an even count the mean of the two middle ones. */
function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
const seconds = (msValue: number): string => (msValue / 1000).toFixed(2);
const gc = (): void => {
  (globalThis as { gc?: () => void; }).gc?.();
};

/** The production build's size comes from esbuild.js itself, so the figure is the shipped file. */
function productionBytes(): number {
  execFileSync(process.execPath, [join(root, 'esbuild.js'), '--production', '--quiet'], { cwd: root, stdio: 'inherit' });
  return readFileSync(join(root, 'dist', 'extension.js')).byteLength;
}

async function bundleBytes(entry: string): Promise<number> {
  // The same plugin as the extension's build, so both minimal bundles are built alike.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- esbuild.js is plain CommonJS, read at run time
  const { nodeUrlForWhatwgUrl } = require(join(root, 'esbuild.js')) as { nodeUrlForWhatwgUrl: esbuild.Plugin; };
  const result = await esbuild.build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    external: ['vscode'],
    write: false,
    logLevel: 'error',
    plugins: [nodeUrlForWhatwgUrl],
  });
  return result.outputFiles[0]!.contents.byteLength;
}

/**
 * Rounds of the paired paging comparison; each runs ours, the SDK and the floor once. The six orders of
 * the three are taken in turn, so over six rounds each runs first, second and last twice, after each other.
 */
const PAGING_ROUNDS = 6;
const ORDERS = [['ours', 'sdk', 'floor'], ['sdk', 'floor', 'ours'], ['floor', 'ours', 'sdk'], ['ours', 'floor', 'sdk'], ['sdk', 'ours', 'floor'], [
  'floor',
  'sdk',
  'ours',
]] as const;

async function pagingFigures(fake: FakeFeishu): Promise<void> {
  fake.resetStats();
  const c = client(fake);
  const all = await collectAll((pageToken, signal) => c.hire.listInterviews(SAMPLE.appWith10000, { pageToken, pageSize: 50, signal }), 'interviews');
  const interviewRequests = fake.stats.count('interviews');
  const tokenRequests = fake.stats.count('token');
  record(
    'requests to page 10,000 interviews at page size 50',
    `${interviewRequests} + ${tokenRequests} token (${all.items.length} interviews)`,
    '200 + 1 token',
    interviewRequests === 200 && tokenRequests === 1 && all.items.length === 10_000,
  );

  fake.resetStats();
  let sdkNote = '';
  try {
    await sdkListAll(fake.baseUrl, fake.appId, fake.appSecret, SAMPLE.appWith10000);
  } catch (e) {
    // The SDK neither paces nor backs off: with no latency it outruns the documented 50 requests/s.
    const status = (e as { response?: { status?: number; }; }).response?.status;
    sdkNote = `with the service's rate limit on, the SDK stopped after ${fake.stats.count('interviews')} requests (HTTP ${
      status ?? '?'
    }, no back-off); counted again with the limit off. `;
    fake.set({ rateLimit: false });
  }
  fake.resetStats();
  const sdkCount = await sdkListAll(fake.baseUrl, fake.appId, fake.appSecret, SAMPLE.appWith10000);
  fake.set({ rateLimit: true });
  const sdkRequests = fake.stats.count('interviews');
  const sdkTokens = fake.stats.count('token');
  record(
    'official @larksuiteoapi/node-sdk: same 10,000 interviews',
    `${sdkRequests} + ${sdkTokens} token (${sdkCount} interviews)`,
    'comparison',
    sdkCount === 10_000,
    sdkNote + (sdkTokens === 0 ? 'Its token came from the first attempt (the SDK caches tokens process-wide).' : ''),
  );
  if (quick) { return; }

  // Wall time, paired: each round runs all three with tokens already cached, in a rotating order, so a
  // machine that slows down part-way slows all three alike. The ratios are taken round by round.
  const runs: Record<'ours' | 'sdk' | 'floor', () => Promise<number>> = {
    ours: async () => {
      const started = performance.now();
      const walk = await collectAll((pageToken, signal) => c.hire.listInterviews(SAMPLE.appWith10000, { pageToken, pageSize: 50, signal }), 'interviews');
      if (walk.items.length !== 10_000) { throw new Error(`paged ${walk.items.length} interviews`); }
      return performance.now() - started;
    },
    sdk: async () => {
      const started = performance.now();
      const count = await sdkListAll(fake.baseUrl, fake.appId, fake.appSecret, SAMPLE.appWith10000);
      if (count !== 10_000) { throw new Error(`the SDK paged ${count} interviews`); }
      return performance.now() - started;
    },
    floor: () => floorMs(fake, c),
  };
  const ms: Record<keyof typeof runs, number[]> = { ours: [], sdk: [], floor: [] };
  for (let round = 0; round < PAGING_ROUNDS; round++) {
    for (const which of ORDERS[round % ORDERS.length]!) {
      gc();
      ms[which].push(await runs[which]());
    }
    console.log(
      `paging round ${round + 1}/${PAGING_ROUNDS}: ours ${seconds(ms.ours[round]!)} s, SDK ${seconds(ms.sdk[round]!)} s, floor ${seconds(ms.floor[round]!)} s`,
    );
  }
  const sdkRatios = ms.ours.map((x, i) => x / ms.sdk[i]!);
  const floorRatios = ms.ours.map((x, i) => x / ms.floor[i]!);
  const bySdk = median(sdkRatios);
  const byFloor = median(floorRatios);
  const each = (xs: number[]): string => xs.map(seconds).join(', ');
  const ratios = (xs: number[]): string => xs.map(x => x.toFixed(3)).join(', ');
  record(
    'time to page 10,000 interviews at 50 ms latency, token cached: ours / official SDK',
    `${bySdk.toFixed(3)}× (rounds ${ratios(sdkRatios)}; ours ${each(ms.ours)} s; SDK ${each(ms.sdk)} s)`,
    '≤ 1.00×',
    bySdk <= 1.0,
    `median of the per-round ratios of ${PAGING_ROUNDS} paired rounds (each of the six orders once), same process, same fake`,
  );
  record(
    '… ours / floor: 200 node-fetch GETs of a pre-rendered page, same 50 ms',
    `${byFloor.toFixed(3)}× (rounds ${ratios(floorRatios)}; floor ${each(ms.floor)} s)`,
    '≤ 1.01×',
    byFloor <= 1.01,
    'the machine\'s cost of 200 sequential loopback round trips with a 50 ms timer and JSON.parse, no Feishu work on either side',
  );
}

/** What any client pays here: a server that only waits 50 ms and sends one pre-rendered page, read by node-fetch. */
async function floorMs(fake: FakeFeishu, c: FeishuClient): Promise<number> {
  const token = await c.tokens.get();
  const page =
    await (await fetch(`${fake.baseUrl}/open-apis/hire/v1/applications/${SAMPLE.appWith10000}/interviews?page_size=50`, {
      headers: { Authorization: `Bearer ${token}` },
    })).text();
  const server = createServer((_req, res) => {
    setTimeout(() => {
      res.writeHead(200, { 'Content-Type': 'application/json; charset=utf-8', 'Content-Length': Buffer.byteLength(page) });
      res.end(page);
    }, LATENCY);
  });
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  try {
    const started = performance.now();
    for (let i = 0; i < 200; i++) { JSON.parse(await (await fetch(`http://127.0.0.1:${port}/page?i=${i}`)).text()); }
    return performance.now() - started;
  } finally {
    server.closeAllConnections();
    server.close();
  }
}

async function timingFigures(fake: FakeFeishu): Promise<void> {
  // Expand an application with the token cached: one round trip, names come afterwards.
  const c = client(fake);
  await c.tokens.get();
  const samples: number[] = [];
  for (let i = 0; i < 7; i++) {
    const m = model(c, 20);
    const started = performance.now();
    const kids = await m.children(m.applicationNode('all', SAMPLE.appWith120));
    samples.push(performance.now() - started);
    if (kids.filter(k => k.kind === 'interview').length !== 20) { throw new Error('expand returned the wrong page'); }
    await new Promise(r => setTimeout(r, 150)); // let the background names request finish
  }
  const expand = median(samples);
  record(
    'expand an application → first interviews (token cached, 50 ms latency)',
    `${expand.toFixed(1)} ms (median of 7)`,
    `≤ ${LATENCY + 10} ms`,
    expand <= LATENCY + 10,
  );

  // 200 applications expanded together: with the documented limits the floor is the limit itself.
  const ids = (await collectAll((pageToken, signal) => c.hire.listApplications({}, { pageToken, pageSize: 100, signal }), 'apps')).items.slice(0, 200);
  const SEED_LIMIT_PER_SECOND = RATE_LIMITS.interviews ?? 50;
  const expandAll = async (pacing: boolean): Promise<{ ms: number; requests: number; limited: number; }> => {
    const cc = client(fake, { concurrency: 4, pacing });
    await cc.tokens.get();
    const m = model(cc, 20);
    fake.resetStats();
    const started = performance.now();
    await Promise.all(ids.map(id => m.children(m.applicationNode('all', id))));
    const ms = performance.now() - started;
    const result = { ms, requests: fake.stats.count('interviews'), limited: fake.stats.requests.filter(r => r.code === 99991400).length };
    // The names each expand asks for in the background: let them finish before the next run.
    await new Promise(r => setTimeout(r, 2500));
    return result;
  };
  const paced: Array<Awaited<ReturnType<typeof expandAll>>> = [];
  for (let i = 0; i < 3; i++) { paced.push(await expandAll(true)); }
  const floor = (paced[0]!.requests / SEED_LIMIT_PER_SECOND) * 1000;
  const pacedMs = median(paced.map(r => r.ms));
  const limited = paced.reduce((n, r) => n + r.limited, 0);
  record(
    '200 applications expanded together under the documented limits (concurrency 4): time / rate floor',
    `${(pacedMs / floor).toFixed(3)}× (${paced.map(r => Math.round(r.ms)).join(', ')} ms; ${limited} rate-limited replies)`,
    `≤ 1.03× of ${floor} ms, 0 rate-limited`,
    pacedMs <= floor * 1.03 && limited === 0,
    `rate floor = ${
      paced[0]!.requests
    } seed requests ÷ the documented ${SEED_LIMIT_PER_SECOND}/s; median of 3 runs; the names fetched in the background (successor endpoint, its own limit) are not counted`,
  );
  fake.set({ rateLimit: false });
  const unpaced = await expandAll(false);
  fake.set({ rateLimit: true });
  const budget = (200 / 4) * LATENCY * 1.2;
  record('… the same against a fake without rate limits, no pacing', `${Math.round(unpaced.ms)} ms`, `≤ ${budget} ms`, unpaced.ms <= budget);
}

/** Time runs this many times faster in the per-minute figure: every rate window and the latency are divided by it. */
const MINUTE_TIME_SCALE = 2;

/** 1,500 application lookups under 50/s and 1000/min: the minute window decides, so the floor is one minute plus the rest at 50/s. */
async function minuteWindowFigure(): Promise<void> {
  const lookups = 1500;
  const k = MINUTE_TIME_SCALE;
  const fake = await startFakeFeishu({ latencyMs: LATENCY / k, switches: { rateWindowScale: k } });
  try {
    const c = client(fake, { concurrency: 4, rateTimeScale: k });
    await c.tokens.get();
    const ids = (await collectAll((pageToken, signal) => c.hire.listApplications({}, { pageToken, pageSize: 100, signal }), 'apps')).items;
    // The list has windows of its own (another endpoint): the gets start with theirs empty.
    fake.resetStats();
    const started = performance.now();
    await Promise.all(Array.from({ length: lookups }, (_, i) => c.hire.getApplication(ids[i % ids.length]!)));
    const ms = performance.now() - started;
    const limited = fake.stats.requests.filter(r => r.code === 99991400).length;
    const perMinute = MINUTE_LIMITS.application ?? 1000;
    const perSecond = RATE_LIMITS.application ?? 50;
    const fullMinutes = Math.ceil(lookups / perMinute) - 1;
    const floor = (fullMinutes * 60_000 + (lookups - fullMinutes * perMinute) / perSecond * 1000) / k;
    record(
      `${lookups} application lookups under 50/s and 1000/min (windows and latency scaled ${k}× faster): time / per-minute floor`,
      `${(ms / floor).toFixed(3)}× (${Math.round(ms)} ms; ${limited} rate-limited replies; ${fake.stats.count('application')} gets)`,
      `≤ 1.03× of ${Math.round(floor)} ms, 0 rate-limited`,
      ms <= floor * 1.03 && limited === 0,
      `floor = (1 minute for the first ${perMinute} + ${lookups - perMinute} ÷ ${perSecond}/s) ÷ ${k} = ${
        (floor / 1000).toFixed(2)
      } s; the fake's rateWindowScale and the client's rateTimeScale are both ${k} (1 s → ${1000 / k} ms, 1 min → ${60 / k} s), latency ${
        LATENCY / k
      } ms; concurrency 4; one run`,
    );
  } finally {
    await fake.close();
  }
}

/** Client CPU per page at 0 ms latency: the fake runs in a child process so process.cpuUsage counts only the client. */
async function cpuFigure(): Promise<void> {
  const child = spawn(process.execPath, [join(root, 'dist', 'fakeFeishu.js'), '--port', '0', '--no-rate-limit'], { stdio: ['ignore', 'pipe', 'inherit'] });
  try {
    const line = await new Promise<string>((resolve, reject) => {
      child.once('exit', code => reject(new Error(`the fake Feishu process exited (${code})`)));
      createInterface({ input: child.stdout }).once('line', resolve);
    });
    const { baseUrl, appId, appSecret } = JSON.parse(line) as { baseUrl: string; appId: string; appSecret: string; };
    // Pacing off: its waits are idle, and idle time lets the collector's background threads run on the
    // other side's garbage, which process.cpuUsage (all threads) would then charge to ours.
    const c = createFeishuClient({
      baseUrl,
      fetch: nodeFetchTransport,
      credentials: async () => ({ appId, appSecret }),
      maxConcurrentRequests: 4,
      timeoutMs: 30_000,
      pacing: false,
    });
    let token: string | undefined;
    const ours = async (): Promise<number> => {
      const page = await c.hire.listInterviews(SAMPLE.appWith10000, { pageToken: token, pageSize: 50 });
      token = page.hasMore ? page.pageToken : undefined;
      return page.items.length;
    };
    const sdk = sdkPageReader(baseUrl, appId, appSecret, SAMPLE.appWith10000);
    const PAGES_PER_BLOCK = 50;
    const BLOCKS = 10;
    /** CPU µs per page over one block, the collector's work inside the block included; a full gc first, not counted. */
    const block = async (read: () => Promise<number>, perPage: number[]): Promise<number> => {
      gc();
      const blockStarted = process.cpuUsage();
      for (let i = 0; i < PAGES_PER_BLOCK; i++) {
        const started = process.cpuUsage();
        if (await read() !== 50) { throw new Error('a page without 50 interviews'); }
        const used = process.cpuUsage(started);
        perPage.push(used.user + used.system);
      }
      const used = process.cpuUsage(blockStarted);
      return (used.user + used.system) / PAGES_PER_BLOCK;
    };
    for (let i = 0; i < 60; i++) {
      await ours();
      await sdk();
    } // warm-up: JIT, connections, tokens
    const mine: number[] = [];
    const theirs: number[] = [];
    const minePages: number[] = [];
    const theirPages: number[] = [];
    for (let b = 0; b < BLOCKS; b++) {
      // A B, B A, …: neither side always runs first.
      if (b % 2 === 0) {
        mine.push(await block(ours, minePages));
        theirs.push(await block(sdk, theirPages));
      } else {
        theirs.push(await block(sdk, theirPages));
        mine.push(await block(ours, minePages));
      }
    }
    // Block b of ours is paired with block b of the SDK, run next to it: the ratio is taken pair by pair.
    const pairRatios = mine.map((x, b) => x / theirs[b]!);
    const ratio = median(pairRatios);
    record(
      'CPU per page at 0 ms latency (HTTP, parse, validate into typed interviews): ours / official SDK',
      `${ratio.toFixed(3)}× (pairs ${pairRatios.map(x => x.toFixed(2)).join(', ')}; medians ${(median(mine) / 1000).toFixed(2)} ms vs ${
        (median(theirs) / 1000).toFixed(2)
      } ms)`,
      '≤ 1.00×',
      ratio <= 1.0,
      `process.cpuUsage, median of the ratios of ${BLOCKS} pairs of blocks of ${PAGES_PER_BLOCK} pages (collector included), pairs alternating A B / B A in one process, the fake in a child process; ` +
        `per-page medians ${(median(minePages) / 1000).toFixed(2)} vs ${(median(theirPages) / 1000).toFixed(2)} ms (${
          (median(minePages) / median(theirPages)).toFixed(3)
        }×). The SDK returns untyped JSON.parse output; ours is checked field by field and lossless`,
    );

    // Where our time goes: the same page texts through parse + validate alone, against plain JSON.parse.
    const texts: string[] = [];
    let pageToken: string | undefined;
    const bearer = await c.tokens.get();
    for (let i = 0; i < 40; i++) {
      const q = `page_size=50${pageToken ? `&page_token=${encodeURIComponent(pageToken)}` : ''}`;
      const text =
        await (await fetch(`${baseUrl}/open-apis/hire/v1/applications/${SAMPLE.appWith10000}/interviews?${q}`, {
          headers: { Authorization: `Bearer ${bearer}` },
        })).text();
      texts.push(text);
      pageToken = (JSON.parse(text) as { data: { page_token?: string; }; }).data.page_token;
    }
    const perPage = (work: (text: string) => unknown): number => {
      const samples: number[] = [];
      for (let r = 0; r < 25; r++) {
        const started = process.cpuUsage();
        for (const text of texts) { work(text); }
        const used = process.cpuUsage(started);
        samples.push((used.user + used.system) / texts.length);
      }
      return median(samples);
    };
    const plain: number[] = [];
    const lossless: number[] = [];
    const checked: number[] = [];
    for (let r = 0; r < 3; r++) {
      plain.push(perPage(text => JSON.parse(text)));
      lossless.push(perPage(text => parseJsonLossless(text)));
      checked.push(perPage(text => parsePage(parseJsonLossless(text) as JsonObject, 'bench', parseInterview)));
    }
    record(
      '… of which parse and validate: JSON.parse / lossless parse / lossless parse + validation',
      `${median(plain).toFixed(0)} / ${median(lossless).toFixed(0)} / ${median(checked).toFixed(0)} µs a page`,
      'information',
      true,
      `${(texts.reduce((n, t) => n + t.length, 0) / texts.length / 1024).toFixed(1)} KB pages of 50 interviews, the same texts for all three, medians`,
    );
  } finally {
    child.kill();
  }
}

async function memoryFigure(fake: FakeFeishu): Promise<void> {
  fake.set({ latencyMs: 0 });
  const c = client(fake);
  gc();
  const before = process.memoryUsage().heapUsed;
  const m = model(c, 50);
  const app = m.applicationNode('all', SAMPLE.appWith10000);
  let kids: HireNode[] = await m.children(app);
  while (kids.at(-1)?.kind === 'loadMore') {
    await m.loadMore(app.id);
    kids = await m.children(app);
  }
  gc();
  const listed = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  record('… the same view-model in this plain Node process (--expose-gc)', `${listed.toFixed(1)} MB heap (${kids.length} nodes)`, 'information', true);
  // Every interview expanded once as well: the record nodes on top.
  let records = 0;
  for (const k of kids) { if (k.kind === 'interview') { records += (await m.children(k)).length; } }
  gc();
  const expanded = (process.memoryUsage().heapUsed - before) / 1024 / 1024;
  record('… and with every one of those interviews expanded', `${expanded.toFixed(1)} MB heap (+${records} record nodes)`, 'information', true);
  fake.set({ latencyMs: LATENCY });
}

/** Activation time and memory, measured by bench-only tests inside the harness's real VS Code extension host. */
function extensionHostFigures(): void {
  const out = join(mkdtempSync(join(tmpdir(), 'feishu-bench-')), 'host.json');
  let why = 'not measured';
  try {
    // As `npm test` does: the VS Code server from the code-server npm package and the apt packages it needs,
    // installed once into .vscode-test/ (the script returns at once when they are there), so a fresh clone measures.
    why = 'not measured: `bash scripts/setup-vscode-server.sh` failed (its output is above)';
    execFileSync('bash', [join(root, 'scripts', 'setup-vscode-server.sh'), join(root, '.vscode-test', 'vscode-1.100.3'), '1.100.3'], {
      cwd: root,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    why = 'not measured: the test build failed';
    execFileSync(process.execPath, [join(root, 'esbuild.js'), '--tests', '--quiet'], { cwd: root, stdio: 'inherit' });
    why =
      'not measured: the bench-only integration tests failed (`FEISHU_HIRE_TEST_GREP="(the benchmark reads it)" node scripts/runIntegrationTests.mjs --vscode 1.100.3` shows why)';
    execFileSync(process.execPath, [join(root, 'scripts', 'runIntegrationTests.mjs'), '--vscode', '1.100.3'], {
      env: { ...process.env, FEISHU_HIRE_BENCH_OUT: out, FEISHU_HIRE_TEST_GREP: '(the benchmark reads it)' },
      stdio: 'ignore',
      timeout: 600_000,
    });
    why = 'not measured: the bench-only integration tests wrote no figures';
  } catch {
    // reported below, with the step that failed
  }
  const figures = existsSync(out) ?
    JSON.parse(readFileSync(out, 'utf8')) as {
      activatedInMs?: number;
      memoryGrowthMB?: number;
      memoryInterviews?: number;
      memoryGcAvailable?: boolean;
      lastKnownFirstRowsMs?: number;
      lastKnownRequests?: number;
      lastKnownRows?: number;
      lastKnownApplications?: number;
      lastKnownPhases?: string;
      queueCompanyInterviews?: number;
      queueCompanyListingRequests?: number;
      queueCompanyNameRequests?: number;
      queueCompanyOpenApplications?: number;
      queueCompanyFirstRowsMs?: number;
      queueCompanyFirstRows?: number;
      queueCompanyMemoryMB?: number;
      queueRestoreBadgeMs?: number;
      queueRestoreRequests?: number;
      queueRestoreBadge?: number;
      queueCompanyRestoreBadgeMs?: number;
      queueCompanyRestoreRequests?: number;
      queueCompanyRestoreBadge?: number;
    } :
    {};
  const { activatedInMs, memoryGrowthMB } = figures;
  record(
    'activation time in the real VS Code of the harness (VS Code 1.100.3)',
    activatedInMs === undefined ? why : `${activatedInMs.toFixed(1)} ms`,
    '≤ 20 ms',
    activatedInMs !== undefined && activatedInMs <= 20,
  );
  record(
    'memory growth with 10,000 interviews loaded, inside the extension host (VS Code 1.100.3)',
    memoryGrowthMB === undefined ? why : `${memoryGrowthMB.toFixed(1)} MB heap + external`,
    '≤ 30 MB',
    memoryGrowthMB !== undefined && memoryGrowthMB <= 30,
    `loaded through the extension's own model, page size 50, background names included; the fake Feishu server in a child process; medians of settled readings${
      figures.memoryGcAvailable ? ', each after a gc' : ' (no gc could be had)'
    }`,
  );
  const { lastKnownFirstRowsMs: firstRows, lastKnownRequests: requests } = figures;
  record(
    'start to first rows from last-known data, inside the extension host (VS Code 1.100.3)',
    firstRows === undefined ? why : `${firstRows.toFixed(1)} ms, ${requests} requests`,
    '≤ 50 ms, 0 requests',
    firstRows !== undefined && firstRows <= 50 && requests === 0,
    `a switch back to a profile, as a session start runs it (profile read, credentials and data key as kept in memory since its first start, the file read from disk, decrypted and shown) to ${figures.lastKnownRows} rows of ${figures.lastKnownApplications} looked-up applications and all applications; median of 7; ms per round switch/roots/rows ${
      figures.lastKnownPhases ?? '?'
    }`,
  );
  queueHostFigures(figures, why);
}

/** Feedback Owed at a large company's scale and restored from last-known data (test/integration/benchQueue.test.ts). */
function queueHostFigures(f: Partial<Record<string, number | string | boolean>>, missing: string): void {
  const n = (key: string): number | undefined => typeof f[key] === 'number' ? f[key] : undefined;
  const restored = n('queueRestoreBadgeMs');
  record(
    'Feedback Owed restored from last-known data to its badge, inside the extension host (VS Code 1.100.3)',
    restored === undefined ? missing : `${restored.toFixed(1)} ms, ${n('queueRestoreRequests')} requests`,
    '≤ 50 ms, 0 requests',
    restored !== undefined && restored <= 50 && n('queueRestoreRequests') === 0,
    `a profile switch back to the sample tenant's saved queue (badge ${n('queueRestoreBadge')}); median of 7`,
  );
  const company = n('queueCompanyRestoreBadgeMs');
  record(
    'the company-scale queue restored from last-known data to its badge, inside the extension host (VS Code 1.100.3)',
    company === undefined ? missing : `${company.toFixed(1)} ms, ${n('queueCompanyRestoreRequests')} requests`,
    'for information; 0 requests',
    n('queueCompanyRestoreRequests') === 0,
    `${n('queueCompanyInterviews')} interviews saved as sent (about 1.4 KB each), badge ${n('queueCompanyRestoreBadge')}; median of 7`,
  );
  const firstRows = n('queueCompanyFirstRowsMs');
  const listing = n('queueCompanyListingRequests');
  const names = n('queueCompanyNameRequests');
  const open = n('queueCompanyOpenApplications') ?? 0;
  record(
    'company-scale window (fake at 50 ms): listing\'s last reply to first rows, requests',
    firstRows === undefined ? missing : `${firstRows.toFixed(1)} ms; ${listing} listing + ${names} names requests`,
    '≤ 1 s; 20 listing + names of the rows shown only',
    firstRows !== undefined && firstRows <= 1000 && listing === 20 && names !== undefined && names <= 3 * open,
    `${n('queueCompanyInterviews')} interviews in 14 days; ${
      n('queueCompanyFirstRows')
    } rows at once; names for the ${open} applications of the open rows (≤ 3 requests each: detail, talent, job)`,
  );
  const memory = n('queueCompanyMemoryMB');
  record(
    'memory growth with the company-scale queue loaded, inside the extension host (VS Code 1.100.3)',
    memory === undefined ? missing : `${memory.toFixed(1)} MB heap + external`,
    '≤ 30 MB',
    memory !== undefined && memory <= 30,
    'the listing, the open rows and their names; the fake in a child process; medians of settled readings',
  );
}

async function main(): Promise<void> {
  if (!quick && wanted('size')) {
    const size = productionBytes();
    const kb = (file: string): string => (readFileSync(join(root, 'dist', file)).byteLength / 1024).toFixed(1);
    record(
      'production dist/extension.js (its HTTP transport, node-fetch, included)',
      `${(size / 1024).toFixed(1)} KB`,
      '≤ 200 KB',
      size <= 200 * 1024,
      `loaded when first used, not at activation: dist/features.js ${kb('features.js')} KB (the commands' prompts, panels, exports, sign-in), ` +
        `dist/builders.js ${kb('builders.js')} KB (page models, export writers), dist/sampleServer.js ${kb('sampleServer.js')} KB`,
    );
    const own = await bundleBytes(join(root, 'bench', 'minimalOwnClient.ts'));
    const sdk = await bundleBytes(join(root, 'bench', 'minimalSdkClient.ts'));
    record(
      'minimal extension bundle: our client vs the official SDK',
      `${(own / 1024).toFixed(1)} KB vs ${(sdk / 1024).toFixed(1)} KB`,
      'comparison',
      true,
      `ours/SDK ${(own / sdk).toFixed(3)}×`,
    );
  }
  const fake = await startFakeFeishu({ latencyMs: LATENCY });
  try {
    if (wanted('paging')) { await pagingFigures(fake); }
    if (wanted('search')) { await searchFigures(fake, record, quick); }
    if (wanted('debrief')) { await debriefFigures(fake, client(fake), record, quick); }
    if (!quick) {
      if (wanted('timing')) { await timingFigures(fake); }
      if (wanted('minute')) { await minuteWindowFigure(); }
      if (wanted('memory')) { await memoryFigure(fake); }
      if (wanted('cpu')) { await cpuFigure(); }
    }
  } finally {
    await fake.close();
  }
  if (!quick && !process.argv.includes('--no-extension-host') && wanted('host')) { extensionHostFigures(); }

  const width = Math.max(...rows.map(r => r.figure.length));
  console.log(
    `\nFeishu Hire benchmark${quick ? ' (quick: request counts only)' : ''} — ${hostname()}: ${cpus().length} × ${cpus()[0]?.model ?? 'cpu'}, ${
      Math.round(totalmem() / 2 ** 30)
    } GiB, Node ${process.version}, latency ${LATENCY} ms\n`,
  );
  for (const r of rows) {
    console.log(
      `${r.ok ? 'ok  ' : 'OVER'} ${r.figure.padEnd(width)}  ${r.value}  [budget ${r.budget}]${r.note ? `\n     ${' '.repeat(width)}  ${r.note}` : ''}`,
    );
  }
  if (!quick && !onlyArg) {
    writeFileSync(
      join(root, 'bench', 'results.json'),
      JSON.stringify(
        {
          date: new Date().toISOString(),
          machine: { name: hostname(), cpus: cpus().length, model: cpus()[0]?.model, memoryGiB: Math.round(totalmem() / 2 ** 30), node: process.version },
          latencyMs: LATENCY,
          rows,
        },
        null,
        2,
      ),
    );
    console.log('\nwrote bench/results.json');
  }
  const failed = rows.filter(r => !r.ok).length;
  console.log(`${rows.length - failed} passed, ${failed} failed`);
  if (quick && failed > 0) { process.exitCode = 1; }
}

void main().catch(e => {
  console.error(e);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
