#!/usr/bin/env node
// Serves VS Code with this extension loaded as a development extension until Ctrl-C (used by scripts/demo.sh).
// usage: node scripts/demoServer.mjs [--vscode 1.100.3] [--host 127.0.0.1] [--port 0] [--public-host name]
// The server, and so the extension host, inherits this process's environment (FEISHU_HIRE_DEMO and the like).
// Ctrl-C: vscodeServer.mjs kills the server's process group and removes its run directory.
import { parseArgs } from 'node:util';
import { repoRoot, startServer } from './vscodeServer.mjs';

const { values: args } = parseArgs({
  options: {
    vscode: { type: 'string' },
    host: { type: 'string', default: '127.0.0.1' },
    port: { type: 'string', default: '0' },
    'public-host': { type: 'string' },
  },
});

const server = await startServer({
  vscodeVersion: args.vscode,
  host: args.host,
  port: Number(args.port),
});
// The browser must reach the server, and the payload's authority must be the one the browser uses.
const publicHost = args['public-host'] || server.origin.replace(/^http:\/\/|:\d+$/g, '');
const authority = `${publicHost}:${server.port}`;
const url = server.url(
  [['extensionDevelopmentPath', server.remote(repoRoot, authority)], ['skipWelcome', 'true']],
  { origin: `http://${authority}` },
);
console.log(`VS Code ${server.vscodeVersion} with the extension from ${repoRoot}`);
console.log(`server log: ${server.logFile}`);
console.log(`\nOpen in a browser:\n\n  ${url}\n\nCtrl-C stops everything.`);
setInterval(() => {
  if (server.exited) {
    console.error(`VS Code server exited; see ${server.logFile}`);
    server.stop({ keep: true });
    process.exit(1);
  }
}, 1000);
