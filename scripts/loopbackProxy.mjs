#!/usr/bin/env node
// A real HTTP proxy on loopback for the proxy integration test: the maintained `proxy` package (plain requests
// and CONNECT tunnels), bound to 127.0.0.1 on a free port. Prints {"port":N} once listening; its own log is the
// package's debug output (DEBUG=proxy*) on stderr, which the test reads.
import { createServer } from 'node:http';
import { createProxy } from 'proxy';

const proxy = createProxy(createServer());
proxy.listen(0, '127.0.0.1', () => {
  const address = proxy.address();
  process.stdout.write(`${JSON.stringify({ port: typeof address === 'object' && address ? address.port : 0 })}\n`);
});
for (const signal of ['SIGTERM', 'SIGINT']) {
  process.once(signal, () => { proxy.close(); process.exit(0); });
}
