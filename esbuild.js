// Bundles the extension (and, with --tests, the test suites). Type checking is `npm run typecheck`.
const esbuild = require('esbuild');
const fs = require('fs');
const path = require('path');

const production = process.argv.includes('--production');
const watch = process.argv.includes('--watch');
const tests = process.argv.includes('--tests');
const quiet = process.argv.includes('--quiet');
const bench = process.argv.includes('--bench');

/** Prints errors in the format of the `$esbuild-watch` problem matcher. */
const problemMatcher = {
  name: 'problem-matcher',
  setup(build) {
    build.onStart(() => { if (watch) { console.log('[watch] build started'); } });
    build.onEnd(result => {
      for (const { text, location } of result.errors) {
        console.error(`✘ [ERROR] ${text}`);
        if (location) { console.error(`    ${location.file}:${location.line}:${location.column}:`); }
      }
      if (watch) { console.log('[watch] build finished'); }
    });
  },
};

/**
 * node-fetch (2.x) takes Node's own URL (`url.URL || whatwgUrl.URL`) and needs whatwg-url only on runtimes without
 * one, which the Node 20+ of VS Code 1.100+ is not: a two-line stand-in keeps its ~250 KB of Unicode tables out.
 */
const nodeUrlForWhatwgUrl = {
  name: 'node-url-for-whatwg-url',
  setup(build) {
    build.onResolve({ filter: /^whatwg-url$/ }, args =>
      args.importer.includes(`${path.sep}node-fetch${path.sep}`) ? { path: 'whatwg-url', namespace: 'node-url' } : undefined);
    build.onLoad({ filter: /.*/, namespace: 'node-url' }, () => ({ contents: 'module.exports = { URL: require("url").URL };', loader: 'js' }));
  },
};

const common = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  sourcesContent: false,
  minify: production,
  logLevel: quiet ? 'error' : 'warning',
  plugins: [problemMatcher, nodeUrlForWhatwgUrl],
};

/** Bundles beside dist/extension.js that it loads at run time, when first needed. */
const siblingBundles = ['./sampleServer.js', './builders.js', './features.js'];

function listTests(dir, suffix) {
  if (!fs.existsSync(dir)) { return []; }
  return fs.readdirSync(dir).filter(f => f.endsWith(suffix)).map(f => path.join(dir, f));
}

async function main() {
  const builds = [
    // The sample server is a bundle of its own, loaded only when someone explores the sample data; so are the
    // score-details builders and export writers (src/builders.ts), loaded by the first panel or export, and the
    // bodies of the commands a user invokes (src/features.ts), loaded by the first of them.
    { ...common, entryPoints: ['src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode', ...siblingBundles], metafile: true },
    { ...common, entryPoints: ['src/fakeFeishu/server.ts'], outfile: 'dist/sampleServer.js' },
    { ...common, entryPoints: ['src/builders.ts'], outfile: 'dist/builders.js', external: ['vscode'] },
    { ...common, entryPoints: ['src/features.ts'], outfile: 'dist/features.js', external: ['vscode', ...siblingBundles], metafile: true },
    { ...common, entryPoints: ['src/fakeFeishu/main.ts'], outfile: 'dist/fakeFeishu.js' },
  ];
  if (tests) {
    builds.push(
      // node-fetch is ESM-only: bundling it lets Node's CJS test runner load the suites.
      { ...common, sourcemap: true, minify: false, entryPoints: listTests('test/unit', '.test.ts'), outdir: 'out/test/unit', external: ['vscode'] },
      {
        ...common, sourcemap: true, minify: false,
        entryPoints: [...listTests('test/integration', '.ts'), 'test/runElectron.ts'].filter(f => fs.existsSync(f)),
        outdir: 'out/test', outbase: 'test', external: ['vscode', 'mocha', '@vscode/test-electron', ...siblingBundles],
      },
      // The UI tests are plain ESM: they read the sample tenant's well-known IDs from this bundle.
      { ...common, format: 'esm', sourcemap: false, minify: false, entryPoints: ['src/fakeFeishu/sampleTenant.ts'], outfile: 'out/test/ui/sampleTenant.mjs' },
      // …and a fake server of their own when a test must count the requests that reach it.
      { ...common, format: 'esm', sourcemap: false, minify: false, entryPoints: ['src/fakeFeishu/server.ts'], outfile: 'out/test/ui/fakeFeishu.mjs' },
    );
  }
  if (bench) {
    // esbuild itself measures bundle sizes inside the benchmark, so it stays a runtime require.
    builds.push({ ...common, sourcemap: true, minify: false, entryPoints: ['bench/bench.ts'], outfile: 'out/bench/bench.js', external: ['vscode', 'esbuild'] });
  }
  const contexts = await Promise.all(builds.map(b => esbuild.context(b)));
  if (watch) {
    await Promise.all(contexts.map(c => c.watch()));
    return;
  }
  const results = await Promise.all(contexts.map(c => c.rebuild()));
  await Promise.all(contexts.map(c => c.dispose()));
  // One metafile for the main bundle and the features bundle: the tests check what each one holds.
  const metas = results.map(r => r.metafile).filter(Boolean);
  const meta = { inputs: Object.assign({}, ...metas.map(m => m.inputs)), outputs: Object.assign({}, ...metas.map(m => m.outputs)) };
  fs.writeFileSync('dist/meta.json', JSON.stringify(meta));
}

module.exports = { nodeUrlForWhatwgUrl };

if (require.main === module) {
  main().catch(e => {
    console.error(e);
    process.exit(1);
  });
}
