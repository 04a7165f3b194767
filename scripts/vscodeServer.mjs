// Starts the VS Code server that ships inside the code-server npm package (installed by
// scripts/setup-vscode-server.sh) and a headless Debian Chromium to drive its web workbench.
import { spawn, spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { appendFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
export const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const defaultVscodeVersion = '1.100.3';

/** @typedef {{ vscodeVersion: string, serverDir: string, serverNode: string }} ServerInstall */

/**
 * Finds the server install: VSCODE_SERVER_DIR (+ SERVER_NODE) from the environment win, otherwise
 * `.vscode-test/vscode-<version>/server.env` as written by the setup script.
 * @param {string} [vscodeVersion]
 * @returns {ServerInstall}
 */
export function resolveServerInstall(vscodeVersion) {
  if (!vscodeVersion && process.env.VSCODE_SERVER_DIR) {
    const serverDir = resolve(process.env.VSCODE_SERVER_DIR);
    const product = JSON.parse(readFileSync(join(serverDir, 'product.json'), 'utf8'));
    return { vscodeVersion: product.version, serverDir, serverNode: process.env.SERVER_NODE || process.execPath };
  }
  const version = vscodeVersion || process.env.VSCODE_VERSION || defaultVscodeVersion;
  const envFile = join(repoRoot, '.vscode-test', `vscode-${version}`, 'server.env');
  if (!existsSync(envFile)) {
    throw new Error(`VS Code ${version} is not installed: run  bash scripts/setup-vscode-server.sh .vscode-test/vscode-${version} ${version}`);
  }
  const vars = Object.fromEntries(readFileSync(envFile, 'utf8').split('\n').filter(Boolean).map(l => {
    const i = l.indexOf('=');
    return [l.slice(0, i), l.slice(i + 1)];
  }));
  return { vscodeVersion: version, serverDir: vars.VSCODE_SERVER_DIR, serverNode: vars.SERVER_NODE };
}

/** @returns {Promise<number>} */
function freePort(host) {
  return new Promise((res, rej) => {
    const s = createServer();
    s.on('error', rej);
    s.listen(0, host, () => {
      const { port } = /** @type {import('node:net').AddressInfo} */ (s.address());
      s.close(() => res(port));
    });
  });
}

const sleep = ms => new Promise(r => setTimeout(r, ms));

/**
 * Writes <user-data>/languagepacks.json for the installed extensions that contribute localizations, as the
 * server's language pack service does only when the workbench first asks for the installed languages; the
 * server reads it when it serves the workbench page, to load the `--locale` translations.
 * @param {string} extensionsDir
 * @param {string} userData
 */
function registerLanguagePacks(extensionsDir, userData) {
  /** @type {Record<string, { hash: string, label: string, extensions: unknown[], translations: Record<string, string> }>} */
  const packs = {};
  for (const folder of readdirSync(extensionsDir, { withFileTypes: true }).filter(d => d.isDirectory())) {
    const dir = join(extensionsDir, folder.name);
    const manifest = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8'));
    const id = `${manifest.publisher}.${manifest.name}`.toLowerCase();
    for (const loc of manifest.contributes?.localizations ?? []) {
      const translations = Object.fromEntries(loc.translations.map(t => [t.id, join(dir, t.path)]));
      packs[loc.languageId.toLowerCase()] = {
        hash: createHash('md5').update(`${id}@${manifest.version}`).digest('hex'),
        label: loc.localizedLanguageName ?? loc.languageName,
        extensions: [{ extensionIdentifier: { id }, version: manifest.version }],
        translations,
      };
    }
  }
  writeFileSync(join(userData, 'languagepacks.json'), JSON.stringify(packs, null, 2));
  return Object.keys(packs);
}

/** Every live server, so that an interrupted runner still kills their process groups. */
const liveServers = new Set();
function killAll(keep) {
  for (const s of liveServers) { s.stop({ keep }); }
}
process.once('exit', () => killAll(true)); // still running at exit means something went wrong: keep the logs
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.once(signal, () => { killAll(false); process.exit(130); });
}

/**
 * @typedef {object} StartOptions
 * @property {string} [vscodeVersion]  1.100.3 (default, or env VSCODE_VERSION) or 1.139.1
 * @property {Record<string, string> | ((runDir: string) => Record<string, string>)} [env]  extra environment
 *   for the server, which its extension host inherits; a function gets the per-run directory
 * @property {Record<string, unknown>} [settings]  written to <user-data>/User/settings.json before start
 * @property {string} [host]  address to bind, 127.0.0.1 by default
 * @property {number} [port]  0 (default) picks a free port
 * @property {string} [workspaceFolder]  folder to open; an empty one in the run directory by default
 * @property {string[]} [installExtensions]  .vsix files installed into the run's fresh extensions folder with
 *   the server's own `--install-extension` before it starts, as a user would
 * @property {string} [locale]  display language (`--locale`), e.g. zh-cn; needs a language pack among installExtensions
 * @property {boolean} [workspaceTrust]  ask whether to trust the folder (Restricted Mode when not); off by default
 */

/**
 * @param {StartOptions} [options]
 */
export async function startServer(options = {}) {
  const install = resolveServerInstall(options.vscodeVersion);
  const serverMain = join(install.serverDir, 'out', 'server-main.js');
  if (!existsSync(serverMain)) { throw new Error(`no VS Code server at ${serverMain}`); }
  const host = options.host || '127.0.0.1';
  const port = options.port || await freePort(host);
  const work = mkdtempSync(join(tmpdir(), `vscode-${install.vscodeVersion}-`));
  const folder = options.workspaceFolder || join(work, 'workspace');
  const userData = join(work, 'user-data');
  mkdirSync(folder, { recursive: true });
  mkdirSync(join(userData, 'User'), { recursive: true });
  // Defaults keep screenshots calm and deterministic; callers override any of them.
  const settings = {
    'workbench.startupEditor': 'none',
    'workbench.tips.enabled': false,
    'telemetry.telemetryLevel': 'off',
    'update.mode': 'none',
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'workbench.secondarySideBar.defaultVisibility': 'hidden',
    ...(options.workspaceTrust ? { 'security.workspace.trust.enabled': true, 'security.workspace.trust.startupPrompt': 'always' } : {}),
    ...options.settings,
  };
  writeFileSync(join(userData, 'User', 'settings.json'), JSON.stringify(settings, null, 2));
  mkdirSync(join(userData, 'Machine'), { recursive: true });
  writeFileSync(join(userData, 'Machine', 'settings.json'), JSON.stringify(settings, null, 2));
  const logFile = join(work, 'server.log');
  const dirs = ['--user-data-dir', userData, '--server-data-dir', join(work, 'server-data'), '--extensions-dir', join(work, 'extensions')];

  const env = { ...process.env };
  // A runner started from a VS Code terminal must not hand its own IPC hooks to the server.
  for (const key of Object.keys(env)) {
    if (key.startsWith('VSCODE_') || key === 'ELECTRON_RUN_AS_NODE') { delete env[key]; }
  }
  const extraEnv = typeof options.env === 'function' ? options.env(work) : options.env;
  Object.assign(env, { TMPDIR: work }, extraEnv); // the server drops its IPC sockets into TMPDIR

  for (const vsix of options.installExtensions ?? []) {
    const result = spawnSync(install.serverNode, [serverMain, '--accept-server-license-terms', ...dirs, '--install-extension', vsix],
      { cwd: work, env, encoding: 'utf8', timeout: 60_000 });
    appendFileSync(logFile, `$ --install-extension ${vsix}\n${result.stdout}${result.stderr}`);
    if (result.status !== 0 || !/successfully installed/.test(result.stdout)) {
      throw new Error(`VS Code ${install.vscodeVersion} could not install ${vsix} (exit ${result.status}):\n${result.stdout}${result.stderr}`);
    }
  }
  if (options.locale && !options.locale.startsWith('en')) {
    const languages = registerLanguagePacks(join(work, 'extensions'), userData);
    if (!languages.includes(options.locale)) {
      throw new Error(`--locale ${options.locale}: no installed language pack for it (found ${languages.join(', ') || 'none'})`);
    }
  }

  const proc = spawn(install.serverNode, [serverMain,
    '--host', host, '--port', String(port),
    '--without-connection-token', '--accept-server-license-terms',
    '--enable-smoke-test-driver', // 1.139 ignores the test payload without it
    '--disable-telemetry', '--disable-update-check',
    ...(options.workspaceTrust ? [] : ['--disable-workspace-trust']),
    ...(options.locale ? ['--locale', options.locale] : []),
    ...dirs,
    '--logsPath', join(work, 'logs'),
  ], { cwd: work, env, stdio: ['ignore', 'pipe', 'pipe'], detached: true }); // own process group, killed as a whole
  for (const stream of [proc.stdout, proc.stderr]) { stream.on('data', d => appendFileSync(logFile, d)); }
  let exited = false;
  proc.once('exit', () => { exited = true; });

  const localHost = host === '0.0.0.0' || host === '::' ? '127.0.0.1' : host;
  const origin = `http://${localHost}:${port}`;
  const server = {
    vscodeVersion: install.vscodeVersion,
    host, port, origin, work, folder, userData, logFile,
    /** @returns {boolean} */
    get exited() { return exited; },
    /** A path on the server as the workbench sees it. */
    remote(path, authority = `${localHost}:${port}`) { return `vscode-remote://${authority}${resolve(path)}`; },
    /**
     * The workbench URL with a payload such as [['extensionDevelopmentPath', server.remote('.')]].
     * @param {[string, string][]} [payload]
     * @param {{ folder?: string, origin?: string }} [at]
     */
    url(payload = [], at = {}) {
      const query = `folder=${encodeURIComponent(at.folder || folder)}`
        + (payload.length ? `&payload=${encodeURIComponent(JSON.stringify(payload))}` : '');
      return `${at.origin || origin}/?${query}`;
    },
    /** Kills the server's whole process group; keeps the run directory (logs) when asked. */
    stop({ keep = false } = {}) {
      liveServers.delete(server);
      try { process.kill(-proc.pid, 'SIGKILL'); } catch { /* already gone */ }
      if (!keep) { rmSync(work, { recursive: true, force: true }); }
    },
  };
  liveServers.add(server);

  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      const res = await fetch(`${origin}/version`);
      if (res.ok) { break; }
    } catch { /* not listening yet */ }
    if (exited || Date.now() > deadline) {
      server.stop({ keep: true });
      throw new Error(`VS Code server ${install.vscodeVersion} did not start; see ${logFile}`);
    }
    await sleep(100);
  }
  return server;
}

/**
 * Headless Debian Chromium (or CHROMIUM_PATH) through playwright-core.
 * @param {{ viewport?: { width: number, height: number } }} [options]
 */
export async function launchBrowser(options = {}) {
  const { chromium } = require('playwright-core');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH || '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--disable-dev-shm-usage'],
  });
  const context = await browser.newContext({ viewport: options.viewport || { width: 1280, height: 800 } });
  const page = await context.newPage();
  return { browser, context, page };
}
