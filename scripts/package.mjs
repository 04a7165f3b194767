#!/usr/bin/env node
// Builds the .vsix offline (`npm run package`), the way a user gets it.
// usage: node scripts/package.mjs [--out file.vsix] [--ls] [--verify]
//   (default)  production build (vsce runs vscode:prepublish), then feishu-hire-interviews.vsix
//   --ls       only list the files the .vsix would hold (`vsce ls`), one per line
//   --verify   package, then check the built .vsix; ends with "N passed, N failed"
// The Extensions view shows the README that is inside the .vsix; its page loads images only from https: or
// data: (its CSP), and this project has no public URL to host them. So the user-facing page,
// docs/marketplace/README.md, gets its images inlined as data: URIs into out/vsix/README.md, which is
// packaged in place of the repository's developer README. VS Code 1.100 shows them; 1.139's sanitizer drops
// data: images, so each has an empty alt text (a dropped image then takes no room, no broken-image icon)
// and a caption line of its own.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { zipEntries } from './zipEntries.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const readmeSource = join(root, 'docs', 'marketplace', 'README.md');
const readmeOut = join(root, 'out', 'vsix', 'README.md');
const vsce = join(root, 'node_modules', '@vscode', 'vsce', 'vsce');
/** Above this the page's images are too heavy for what they show. */
const readmeBudgetBytes = 1_000_000;

/** @type {string[]} */
export const expectedFiles = JSON.parse(readFileSync(join(root, 'scripts', 'vsix-files.json'), 'utf8')).files;

/** vsce stores these under other names. */
const vsceRenames = /** @type {Record<string, string>} */ ({ 'readme.md': 'README.md', 'changelog.md': 'CHANGELOG.md', 'LICENSE.txt': 'LICENSE' });

const imageTypes = /** @type {const} */ ({ '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg' });

/**
 * Writes out/vsix/README.md: docs/marketplace/README.md with every image inlined. A link or image that would
 * break on the installed page (relative, http:, an SVG, a missing file) stops the build.
 * @returns {string} the written file
 */
export function writeVsixReadme() {
  const source = readFileSync(readmeSource, 'utf8');
  const problems = [];
  const inlined = source.replace(/(!?)\[([^\]]*)\]\(([^)\s]+)\)/g, (all, bang, text, target) => {
    if (bang !== '!') {
      if (!/^(https:\/\/|mailto:|#)/.test(target)) { problems.push(`link "${target}" is not https:, mailto: or #anchor`); }
      return all;
    }
    if (/^https?:|^data:/.test(target)) { problems.push(`image "${target.slice(0, 40)}" must be a file beside the page`); return all; }
    if (text !== '') { problems.push(`image "${target}": leave the alt text empty and caption it on the next line (see above)`); return all; }
    const file = resolve(dirname(readmeSource), target);
    const type = imageTypes[/** @type {keyof typeof imageTypes} */ (file.slice(file.lastIndexOf('.')).toLowerCase())];
    if (!type) { problems.push(`image "${target}" is not PNG or JPEG (the Extensions view and Marketplace refuse SVG)`); return all; }
    if (!existsSync(file)) { problems.push(`image "${target}" does not exist`); return all; }
    return `![${text}](data:${type};base64,${readFileSync(file).toString('base64')})`;
  });
  if (/<img|<svg/i.test(source)) { problems.push('raw <img>/<svg> tags: use Markdown images'); }
  if (problems.length) {
    throw new Error(`${relative(root, readmeSource)}:\n  ${problems.join('\n  ')}`);
  }
  mkdirSync(dirname(readmeOut), { recursive: true });
  writeFileSync(readmeOut, inlined);
  return readmeOut;
}

/** @param {string[]} args */
function runVsce(args) {
  const result = spawnSync(process.execPath, [vsce, ...args, '--no-dependencies', '--readme-path', relative(root, readmeOut)], { cwd: root, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
  if (result.status !== 0) {
    throw new Error(`vsce ${args[0]} failed (exit ${result.status}):\n${result.stdout}${result.stderr}`);
  }
  return result.stdout;
}

/** @param {string} out */
function packageVsix(out) {
  rmSync(out, { force: true }); // a failed build must not leave an old .vsix to be tested
  writeVsixReadme();
  // No public repository yet: --allow-missing-repository until package.json gets one.
  // Relative links are already gone (writeVsixReadme); without a repository vsce would refuse them, and
  // with rewriting on it refuses data: images.
  process.stdout.write(runVsce(['package', '--allow-missing-repository', '--no-rewrite-relative-links', '--out', out]));
}

/**
 * Checks the built .vsix: what a user installs.
 * @param {string} vsix
 * @returns {{ name: string, error?: string }[]}
 */
function verify(vsix) {
  const entries = zipEntries(vsix);
  const byName = new Map(entries.map(e => [e.name, e]));
  /** @param {string} name */
  const text = name => {
    const entry = byName.get(`extension/${name}`);
    if (!entry) { throw new Error(`extension/${name} is missing`); }
    return entry.read().toString('utf8');
  };
  /** @type {[string, () => void][]} */
  const checks = [
    ['holds exactly the listed files', () => {
      const actual = entries.map(e => e.name).filter(n => n.startsWith('extension/')).map(n => n.slice('extension/'.length))
        .map(n => vsceRenames[n] ?? n).sort();
      const missing = expectedFiles.filter(f => !actual.includes(f));
      const extra = actual.filter(f => !expectedFiles.includes(f));
      if (missing.length || extra.length) { throw new Error(`missing: ${missing.join(', ') || '-'}; unexpected: ${extra.join(', ') || '-'}`); }
      for (const meta of ['[Content_Types].xml', 'extension.vsixmanifest']) {
        if (!byName.has(meta)) { throw new Error(`${meta} is missing`); }
      }
    }],
    ['dist/extension.js is the production build (minified, no source map)', () => {
      const js = text('dist/extension.js');
      if (/sourceMappingURL/.test(js)) { throw new Error('it points to a source map'); }
      const lines = js.split('\n').length;
      if (lines > js.length / 1000) { throw new Error(`${lines} lines in ${js.length} bytes: not minified`); }
    }],
    ['the README is the user-facing page with every image inside it', () => {
      const readme = byName.get('extension/readme.md')?.read().toString('utf8') ?? '';
      if (!readme.startsWith('# ')) { throw new Error('no README or no title'); }
      if (/scripts\/demo\.sh|npm test/.test(readme)) { throw new Error('it is the developer README'); }
      const images = [...readme.matchAll(/!\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1] ?? '');
      if (images.length === 0) { throw new Error('no pictures'); }
      for (const src of images) {
        const png = /^data:image\/png;base64,/.test(src) && Buffer.from(src.slice(src.indexOf(',') + 1), 'base64').subarray(1, 4).toString() === 'PNG';
        if (!png) { throw new Error(`image ${src.slice(0, 40)}… is not an inlined PNG`); }
      }
      const relativeLinks = [...readme.matchAll(/(?<!!)\[[^\]]*\]\(([^)]+)\)/g)].map(m => m[1] ?? '').filter(l => !/^(https:|mailto:|#)/.test(l));
      if (relativeLinks.length) { throw new Error(`links that break once installed: ${relativeLinks.join(', ')}`); }
    }],
    ['the manifest names a 128×128 PNG icon that is inside', () => {
      const manifest = JSON.parse(text('package.json'));
      const icon = byName.get(`extension/${manifest.icon}`)?.read();
      if (!icon || icon.subarray(1, 4).toString() !== 'PNG') { throw new Error(`icon ${manifest.icon} is not a PNG in the .vsix`); }
      const [width, height] = [icon.readUInt32BE(16), icon.readUInt32BE(20)];
      if (width !== 128 || height !== 128) { throw new Error(`icon is ${width}×${height}`); }
      if (!/<Icon>extension\/media\/icon\.png<\/Icon>/.test(byName.get('extension.vsixmanifest')?.read().toString('utf8') ?? '')) { throw new Error('vsixmanifest has no <Icon>'); }
    }],
  ];
  return checks.map(([name, check]) => {
    try { check(); return { name }; } catch (e) { return { name, error: e instanceof Error ? e.message : String(e) }; }
  });
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  const { values: args } = parseArgs({
    options: { out: { type: 'string' }, ls: { type: 'boolean', default: false }, verify: { type: 'boolean', default: false } },
  });
  const out = resolve(args.out ?? join(root, 'feishu-hire-interviews.vsix'));
  try {
    if (args.ls) {
      writeVsixReadme();
      process.stdout.write(runVsce(['ls']));
    } else {
      const started = Date.now();
      packageVsix(out);
      if (args.verify) {
        const results = verify(out);
        const entries = zipEntries(out);
        console.log(`\n${relative(root, out)}: ${statSync(out).size} bytes, ${entries.length} entries, built in ${((Date.now() - started) / 1000).toFixed(1)}s`);
        for (const e of entries) { console.log(`  ${String(e.size).padStart(9)}  ${e.name}`); }
        const readmeBytes = statSync(readmeOut).size;
        results.push(readmeBytes > readmeBudgetBytes
          ? { name: 'the README stays small', error: `${readmeBytes} bytes > ${readmeBudgetBytes}` }
          : { name: `the README stays small (${readmeBytes} bytes)` });
        for (const r of results) { console.log(r.error ? `  ✘ ${r.name}: ${r.error}` : `  ✔ ${r.name}`); }
        const failed = results.filter(r => r.error).length;
        console.log(`${results.length - failed} passed, ${failed} failed`);
        process.exit(failed ? 1 : 0);
      }
    }
  } catch (e) {
    console.error(e instanceof Error ? e.message : e);
    if (args.verify) { console.log('0 passed, 1 failed'); }
    process.exit(1);
  }
}
