// The transport behind one connection: once it is retired no request starts, and those in flight are aborted,
// so nothing leaves with credentials that were replaced.
import type { FetchLike } from '../feishu/httpClient';
import { nodeFetchTransport } from '../feishu/nodeFetchTransport';

export function retiringFetch(retired: AbortSignal): FetchLike {
  const inner = nodeFetchTransport;
  return (url, init) => {
    if (retired.aborted) { return Promise.reject(retiredError()); }
    const signal = init?.signal ? AbortSignal.any([init.signal, retired]) : retired;
    return inner(url, { ...init, signal });
  };
}
function retiredError(): Error {
  const error = new Error('the session changed; this request was not sent');
  error.name = 'AbortError';
  return error;
}
