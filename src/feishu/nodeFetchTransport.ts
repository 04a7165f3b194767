// The client's transport: node-fetch 2 (the design card's choice; its CommonJS line costs less per request than 3)
// under the FetchLike shape.
//
// What the client relies on: redirects are never followed ('manual': a 3xx comes back as a reply, which the
// client turns into an error); the caller's signal aborts the request and a body still streaming in
// (node-fetch destroys the request and errors the body); compressed replies are decoded as they stream, so the
// client's size cap, which reads the body stream by events, counts decoded bytes. node-fetch calls Node's own
// http / https `request`, which VS Code patches for extensions to apply `http.proxy` and the system certificates.
//
// What is cut around node-fetch's own cost (its Request, Headers, PassThrough and Response objects, about 0.45 ms
// of CPU a request here): one keep-alive agent per scheme, so no request waits for a socket of the global pool;
// the headers node-fetch would otherwise add one by one (User-Agent, Accept-Encoding) sent in the first copy.
// Inside VS Code the proxy support swaps the agent for its own (that is how the proxy applies).
import { Agent as HttpAgent } from 'node:http';
import { Agent as HttpsAgent } from 'node:https';
import fetch from 'node-fetch';
import type { FetchLike, FetchResponse } from './httpClient';

/** What a browser asks for; Feishu compresses large replies, node-fetch decodes gzip, deflate and br. */
const ACCEPT_ENCODING = 'gzip, deflate, br';
const USER_AGENT = 'feishu-hire-interviews';

const httpAgent = new HttpAgent({ keepAlive: true });
const httpsAgent = new HttpsAgent({ keepAlive: true });

export const nodeFetchTransport: FetchLike = async (url, init) => {
  const response = await fetch(url, {
    method: init.method,
    headers: { 'User-Agent': USER_AGENT, 'Accept-Encoding': ACCEPT_ENCODING, ...init.headers },
    body: init.body,
    signal: init.signal,
    redirect: 'manual',
    agent: parsed => parsed.protocol === 'https:' ? httpsAgent : httpAgent,
  });
  // node-fetch's Response fits FetchResponse as it is: its body is a Node stream, read by events under the cap.
  return response as FetchResponse;
};
