import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { test } from 'node:test';

const root = join(__dirname, '..', '..', '..');
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as {
  contributes: { configuration: { properties: Record<string, { scope?: string; }>; }; };
};

// A repository's .vscode/settings.json must not steer where secrets go, what is spent of the tenant's quota or
// what is kept on disk, in Restricted Mode least of all: no setting of ours may take a workspace value.
// application: the tenant and its quota are the user's, the same in every window and on every machine.
// machine: tied to the computer running the extension host (its disk, its network), still never a workspace's.
const EXPECTED_SCOPES: Record<string, 'application' | 'machine'> = {
  'feishuHire.baseUrl': 'application',
  'feishuHire.userIdType': 'application',
  'feishuHire.pageSize': 'application',
  'feishuHire.requestTimeoutMs': 'machine',
  'feishuHire.maxConcurrentRequests': 'application',
  'feishuHire.feedbackWindowDays': 'application',
  'feishuHire.feedbackRefreshMinutes': 'application',
  'feishuHire.keepLastKnownData': 'machine',
  'feishuHire.lastKnownDataDays': 'machine',
  // The loopback listener runs on the extension host's machine (a remote host has its own free ports).
  'feishuHire.oauthRedirectPort': 'machine',
  'feishuHire.hideOthersUntilSubmitted': 'application',
};

test('every setting has a deliberate scope that a workspace cannot set (#18.10)', () => {
  const properties = manifest.contributes.configuration.properties;
  assert.deepEqual(Object.keys(properties).sort(), Object.keys(EXPECTED_SCOPES).sort(), 'a new setting needs its scope decided here');
  for (const [key, value] of Object.entries(properties)) {
    assert.equal(value.scope, EXPECTED_SCOPES[key], `${key}: scope`);
  }
});
