// A Simplified Chinese language pack for the test servers, built offline from the npm package of VS Code's
// zh-hans translations that monaco-vscode-api publishes. Installed next to our .vsix and started with
// `--locale zh-cn`, it makes the server load zh-cn for the workbench, so that `vscode.env.language` is
// `zh-cn` in the extension host and VS Code picks our package.nls.zh-cn.json and l10n bundle.
// The npm package's core translations are an array indexed for monaco-vscode-api's own build, which does
// not match the server's message keys, so the pack carries no core strings (the workbench's own chrome
// stays English); the built-in extensions' translations are keyed and are carried over.
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { repoRoot } from './vscodeServer.mjs';

const NPM_PACKAGE = '@codingame/monaco-vscode-language-pack-zh-hans';
const NPM_VERSION = '25.1.2';
const dir = join(repoRoot, '.vscode-test', 'language-pack-zh-hans');

/** @param {string} command @param {string[]} args @param {string} cwd */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`${command} ${args.join(' ')} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/**
 * Builds the language pack once (cached in .vscode-test/) and returns its .vsix.
 * @returns {string}
 */
export function zhLanguagePackVsix() {
  const vsix = join(dir, `zh-hans-test-language-pack-${NPM_VERSION}.vsix`);
  if (existsSync(vsix)) { return vsix; }
  mkdirSync(dir, { recursive: true });
  // `npm pack` fetches the one tarball without its dependencies (the whole monaco-vscode-api).
  const tarball = run('npm', ['pack', `${NPM_PACKAGE}@${NPM_VERSION}`, '--pack-destination', dir, '--silent'], dir).trim().split('\n').pop() ?? '';
  const unpacked = join(dir, 'npm');
  rmSync(unpacked, { recursive: true, force: true });
  mkdirSync(unpacked);
  run('tar', ['-xzf', join(dir, tarball), '-C', unpacked], dir);

  const ext = join(dir, 'extension');
  rmSync(ext, { recursive: true, force: true });
  mkdirSync(join(ext, 'translations'), { recursive: true });
  const translations = [{ id: 'vscode', path: './translations/main.i18n.json' }];
  writeFileSync(join(ext, 'translations', 'main.i18n.json'), JSON.stringify({ version: '1.0.0', contents: {} }));
  const source = join(unpacked, 'package', 'translations', 'extensions');
  for (const file of readdirSync(source).filter(f => f.endsWith('.i18n.json'))) {
    cpSync(join(source, file), join(ext, 'translations', file));
    translations.push({ id: file.slice(0, -'.i18n.json'.length), path: `./translations/${file}` });
  }
  writeFileSync(join(ext, 'package.json'), JSON.stringify({
    name: 'zh-hans-test-language-pack',
    displayName: 'Chinese (Simplified) language pack for the UI tests',
    description: `zh-cn for the test servers, from ${NPM_PACKAGE}@${NPM_VERSION}`,
    publisher: 'feishu-hire-tests',
    version: '1.0.0',
    license: 'MIT',
    engines: { vscode: '^1.100.0' },
    categories: ['Language Packs'],
    contributes: {
      localizations: [{ languageId: 'zh-cn', languageName: 'Chinese Simplified', localizedLanguageName: '中文(简体)', translations }],
    },
  }, null, 2));
  writeFileSync(join(ext, 'README.md'), `# zh-cn for the UI tests\nBuilt by scripts/zhLanguagePack.mjs from ${NPM_PACKAGE}@${NPM_VERSION}.\n`);
  const vsce = join(repoRoot, 'node_modules', '@vscode', 'vsce', 'vsce');
  run(process.execPath, [vsce, 'package', '--no-dependencies', '--allow-missing-repository', '--skip-license', '--out', vsix], ext);
  return vsix;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  console.log(zhLanguagePackVsix());
}
