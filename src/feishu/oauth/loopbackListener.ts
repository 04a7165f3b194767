// The one-shot listener that catches the authorize page's redirect: bound to 127.0.0.1 only, it answers one request
// on the expected path carrying the expected state, then closes. Anything else gets a bare 404 and changes nothing.
import { createServer, type Server } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import { stateMatches } from './pkce';

export type RedirectOutcome = { kind: 'code'; code: string; } | { kind: 'denied'; error: string; } | { kind: 'timeout'; } | { kind: 'cancelled'; };

export interface LoopbackOptions {
  /** The port registered with the redirect URL; 0 picks a free one (tests). */
  port: number;
  /** The redirect URL's path, e.g. /feishu-hire/oauth-callback. */
  path: string;
  state: string;
  timeoutMs: number;
  /** The small page the browser shows once the code arrived (or the person declined): plain text, no markup from outside. */
  pages: { done: string; denied: string; };
}

export interface LoopbackListener {
  readonly port: number;
  /** http://127.0.0.1:<port><path>: what the authorize request names as redirect_uri. */
  readonly redirectUri: string;
  /** Settles once: the code, the person's refusal, the timeout, or cancel(). */
  readonly outcome: Promise<RedirectOutcome>;
  cancel(): void;
}

const HOST = '127.0.0.1';

export async function startLoopback(options: LoopbackOptions): Promise<LoopbackListener> {
  const sockets = new Set<Socket>();
  let settle: (o: RedirectOutcome) => void = () => undefined;
  let done = false;
  const outcome = new Promise<RedirectOutcome>(resolve => {
    settle = o => {
      if (done) { return; }
      done = true;
      resolve(o);
    };
  });
  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://${HOST}`);
    const state = url.searchParams.get('state');
    if (done || req.method !== 'GET' || url.pathname !== options.path || !stateMatches(options.state, state)) {
      res.writeHead(404, { 'Content-Type': 'text/plain; charset=utf-8', 'Connection': 'close' });
      res.end('Not found');
      return;
    }
    const code = url.searchParams.get('code') ?? '';
    const error = url.searchParams.get('error') ?? '';
    const page = code !== '' ? options.pages.done : options.pages.denied;
    // No referrer: the address bar holds the code until the tab closes.
    res.writeHead(200, { 'Content-Type': 'text/plain; charset=utf-8', 'Referrer-Policy': 'no-referrer', 'Cache-Control': 'no-store', 'Connection': 'close' });
    res.end(page);
    settle(code !== '' ? { kind: 'code', code } : { kind: 'denied', error: error || 'no_code' });
  });
  server.on('connection', socket => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, HOST, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const timer = setTimeout(() => settle({ kind: 'timeout' }), options.timeoutMs);
  void outcome.then(() => {
    clearTimeout(timer);
    // Let the answer flush, then refuse every later connection.
    server.close();
    setImmediate(() => {
      for (const socket of sockets) { socket.destroy(); }
    });
  });
  const port = (server.address() as AddressInfo).port;
  return { port, redirectUri: `http://${HOST}:${port}${options.path}`, outcome, cancel: () => settle({ kind: 'cancelled' }) };
}
