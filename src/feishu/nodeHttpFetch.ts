// The client's transport: Node's own http / https request under the FetchLike shape, no fetch layer on top.
// node-fetch (the earlier transport) wraps every reply in a Headers object, a PassThrough stream and a stream
// pipeline before the first byte reaches us: measured at about 0.4 ms a page of the client's 1.6 ms between a
// reply's headers and the next request, more than the whole margin to the official SDK. The request itself is
// the same `http.request` node-fetch made, so VS Code's proxy support (which patches these modules for
// extensions) applies as before.
//
// What the client relies on, kept here: redirects are never followed (http.request has no such mode); the
// caller's signal aborts the request and a body still streaming in; compressed replies are decoded as they
// stream, so the client's size cap counts decoded bytes (a small gzip bomb cannot grow past it).
import { request as httpRequest, type IncomingMessage, type OutgoingHttpHeaders } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { pipeline, type Readable } from 'node:stream';
import { constants, createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import type { FetchLike, FetchResponse } from './httpClient';

/** What a browser or node-fetch asks for; Feishu compresses large replies. */
const ACCEPT_ENCODING = 'gzip, deflate, br';

export const nodeHttpFetch: FetchLike = (url, init) => new Promise<FetchResponse>((resolve, reject) => {
  const target = new URL(url);
  const send = target.protocol === 'https:' ? httpsRequest : target.protocol === 'http:' ? httpRequest : undefined;
  if (!send) { throw new TypeError(`${target.protocol} URLs are not supported`); }
  const headers: OutgoingHttpHeaders = { 'Accept-Encoding': ACCEPT_ENCODING, ...init.headers };
  if (init.body !== undefined) { headers['Content-Length'] = Buffer.byteLength(init.body); }
  // An aborted signal destroys the request, and with it the socket and any reply still streaming in.
  const request = send(target, { method: init.method, headers, signal: init.signal }, response => resolve(replyOf(response)));
  request.on('error', reject);
  request.end(init.body);
});

function replyOf(response: IncomingMessage): FetchResponse {
  const body = decoded(response);
  return {
    status: response.statusCode ?? 0,
    headers: {
      get: name => {
        const value = response.headers[name.toLowerCase()];
        return value === undefined ? null : Array.isArray(value) ? value.join(', ') : String(value);
      },
    },
    body,
    text: async () => {
      const chunks: Buffer[] = [];
      for await (const chunk of body) { chunks.push(chunk as Buffer); }
      return Buffer.concat(chunks).toString('utf8');
    },
  };
}

/** The body as sent, or decoded while it streams; an unknown coding is passed on raw (it then fails as JSON). */
function decoded(response: IncomingMessage): Readable {
  const coding = String(response.headers['content-encoding'] ?? '').trim().toLowerCase();
  // As lenient as curl and browsers about a missing end of stream: a truncated reply still fails as JSON.
  const lenient = { flush: constants.Z_SYNC_FLUSH, finishFlush: constants.Z_SYNC_FLUSH };
  const decoder = coding === 'gzip' || coding === 'x-gzip' ? createGunzip(lenient)
    : coding === 'deflate' || coding === 'x-deflate' ? createInflate(lenient)
      : coding === 'br' ? createBrotliDecompress({ flush: constants.BROTLI_OPERATION_FLUSH, finishFlush: constants.BROTLI_OPERATION_FLUSH })
        : undefined;
  // The reader sees the decoder's error (or the response's, passed on by pipeline) while iterating.
  return decoder ? pipeline(response, decoder, () => undefined) : response;
}
