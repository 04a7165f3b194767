// Stops waiting for shared work when one caller's signal fires, leaving the work itself running for the others.
import { FeishuError } from './errors';

export function raceSignal<T>(promise: Promise<T>, signal?: AbortSignal): Promise<T> {
  if (!signal) { return promise; }
  if (signal.aborted) { return Promise.reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' })); }
  return new Promise<T>((resolve, reject) => {
    const onAbort = (): void => reject(new FeishuError({ kind: 'cancelled', detail: 'cancelled' }));
    signal.addEventListener('abort', onAbort, { once: true });
    promise.then(v => {
      signal.removeEventListener('abort', onAbort);
      resolve(v);
    }, e => {
      signal.removeEventListener('abort', onAbort);
      reject(e);
    });
  });
}
