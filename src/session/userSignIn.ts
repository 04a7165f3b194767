// Sign In with Feishu's browser leg: PKCE, the authorize URL, the loopback listener that takes the code, then the
// code exchange. In dist/features.js, loaded by the first sign-in; UserAccounts stores what it returns. The token
// refresh every request may need is not here: it stays in the main bundle (UserTokenSource).
import * as vscode from 'vscode';
import { FeishuError } from '../feishu/errors';
import type { HttpClient } from '../feishu/httpClient';
import { authorizeUrl } from '../feishu/oauth/authorizeUrl';
import { startLoopback, type LoopbackListener } from '../feishu/oauth/loopbackListener';
import { challengeS256, createState, createVerifier } from '../feishu/oauth/pkce';
import { exchangeCode, fetchUser } from '../feishu/oauth/tokenEndpoint';
import type { UserSession } from '../feishu/oauth/userTokenSource';
import type { AppCredentials } from '../feishu/tenantToken';
import { languageOf } from '../model/text/format';

const t = vscode.l10n.t;

/** How long the browser leg may take: the code itself lives 5 minutes once issued. */
const SIGN_IN_TIMEOUT_MS = 5 * 60_000;

export interface BrowserSignIn {
  baseUrl: string;
  app: AppCredentials;
  /** The token endpoint's client: never replays (a code sent twice is lost). */
  http: HttpClient;
  port: number;
  callbackPath: string;
}

/** Some forwarders (code-server's port proxy) map only the port and drop the path: the listener needs it back. */
function externalRedirect(external: vscode.Uri, callbackPath: string): string {
  const uri = external.path.endsWith(callbackPath) ? external : external.with({ path: external.path.replace(/\/+$/, '') + callbackPath });
  return uri.with({ query: '', fragment: '' }).toString(true);
}

/** The person and their tokens once they signed in in the browser; undefined when they cancelled. */
export async function signInInBrowser({ baseUrl, app, http, port, callbackPath }: BrowserSignIn): Promise<Pick<UserSession, 'user' | 'tokens'> | undefined> {
  const state = createState();
  const verifier = createVerifier();
  let listener: LoopbackListener;
  try {
    listener = await startLoopback({
      port,
      path: callbackPath,
      state,
      timeoutMs: SIGN_IN_TIMEOUT_MS,
      pages: {
        done: t('Signed in to Feishu Hire. You can close this tab and go back to VS Code.'),
        denied: t('Feishu sign-in was declined. You can close this tab.'),
      },
    });
  } catch (e) {
    throw new FeishuError({
      kind: 'config',
      detail: t(
        'Port {0} on 127.0.0.1 is in use ({1}). Pick another in feishuHire.oauthRedirectPort and register the matching redirect URL in the app.',
        port,
        String(e),
      ),
    });
  }
  // In remote and web VS Code the browser reaches the listener through a forwarded address: that is the redirect URL.
  const redirectUri = externalRedirect(await vscode.env.asExternalUri(vscode.Uri.parse(listener.redirectUri)), callbackPath);
  const url = authorizeUrl({ baseUrl, appId: app.appId, redirectUri, state, codeChallenge: challengeS256(verifier), lang: languageOf(vscode.env.language) });
  const opened = await vscode.env.openExternal(vscode.Uri.parse(url, true));
  if (!opened) { listener.cancel(); }
  const outcome = await vscode.window.withProgress({
    location: vscode.ProgressLocation.Notification,
    title: t('Waiting for you to sign in to Feishu in the browser…'),
    cancellable: true,
  }, (_progress, token) => {
    token.onCancellationRequested(() => listener.cancel());
    return listener.outcome;
  });
  switch (outcome.kind) {
    case 'cancelled':
      return undefined;
    case 'timeout':
      throw new FeishuError({ kind: 'config', detail: t('The Feishu sign-in timed out. Run Sign In with Feishu again.') });
    case 'denied':
      throw new FeishuError({ kind: 'config', detail: t('The Feishu sign-in was declined ({0}).', outcome.error.slice(0, 80)) });
    case 'code':
      break;
  }
  const tokens = await exchangeCode(http, app, { code: outcome.code, redirectUri, verifier });
  const user = await fetchUser(http, tokens.accessToken);
  return { user, tokens };
}
