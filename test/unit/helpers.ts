// What the unit tests share: a connection around a (possibly partial, scripted) API, waiting that fails loudly,
// and the error a promise ends with.
import assert from 'node:assert/strict';
import { FeishuError } from '../../src/feishu/errors';
import { createFeishuClient } from '../../src/feishu/feishuClient';
import type { HireApi } from '../../src/feishu/hireApi';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import type { UserIdType } from '../../src/feishu/types';
import { createConnection, type HireConnection, type PinnedStore } from '../../src/model/connection/hireConnection';

/** A connection of its own (a fresh directory) around `api`; scripted stubs give only the methods a test needs. */
export function connectionFor(
  api: Partial<HireApi>,
  options: { userIdType?: UserIdType; pinned?: PinnedStore; identity?: string; signal?: AbortSignal; } = {},
): HireConnection {
  return createConnection({
    api: api as HireApi,
    userIdType: options.userIdType ?? 'open_id',
    identity: options.identity ?? 'test',
    pinned: options.pinned,
    signal: options.signal,
  });
}

/** Waits until `check` holds, polling every 5 ms; fails the test (naming `what`) when it never does. */
export async function until(what: string, check: () => boolean | Promise<boolean>, timeoutMs = 2000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > deadline) { assert.fail(`gave up waiting for ${what}`); }
    await new Promise(r => setTimeout(r, 5));
  }
}

/** The FeishuError the promise rejects with; fails the test when it resolves or throws anything else. */
export async function errorOf(p: Promise<unknown>): Promise<FeishuError> {
  try {
    await p;
  } catch (e) {
    assert.ok(e instanceof FeishuError, `not a FeishuError: ${String(e)}`);
    return e;
  }
  throw new assert.AssertionError({ message: 'expected a failure' });
}

/** The real client over HTTP against a fake server, retries kept short. */
export function hireApiOf(fake: { baseUrl: string; appId: string; appSecret: string; }): HireApi {
  return createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
    timeoutMs: 5000,
    maxRetryDelayMs: 1200,
  }).hire;
}
