// Runs the permission probes one after the other (later ones use what earlier ones found) and sorts each
// outcome into what an admin can act on.
import { Codes, FeishuError, humanMessage } from '../../feishu/errors';
import type { HireApi } from '../../feishu/hireApi';
import type { Translate } from '../../feishu/translate';
import { PERMISSION_PROBES, type PermissionFeature, type PermissionProbe, type ProbeFindings } from './permissionProbes';

export type ProbeOutcome =
  | { status: 'granted'; }
  /** 99991672: `scopes` from `permission_violations`, else the contract's. */
  | { status: 'missingScope'; scopes: string[]; consoleLink?: string; }
  /** The gateway's plain 404: the tenant's edition does not offer the endpoint. */
  | { status: 'notOffered'; }
  | { status: 'failed'; message: string; };

export interface FeatureResult {
  feature: PermissionFeature;
  endpoint: string;
  outcome: ProbeOutcome;
}

export interface PermissionReport {
  results: FeatureResult[];
  /** Probes sent (one each; the client may add a token request or a retry). */
  requests: number;
  /** The permission page the service named, else the developer console's home for the domain. */
  consoleLink: string;
}

const SCOPE_NAME = /^[A-Za-z0-9_.:-]{1,100}$/;

const NOT_FOUND_CODES: ReadonlySet<number> = new Set([Codes.applicationNotFound, Codes.jobNotFound, Codes.talentNotFound]);

export async function checkPermissions(
  api: HireApi,
  options: { t: Translate; now: () => number; signal?: AbortSignal; probes?: readonly PermissionProbe[]; },
): Promise<PermissionReport> {
  const found: ProbeFindings = {};
  const results: FeatureResult[] = [];
  let requests = 0;
  for (const probe of options.probes ?? PERMISSION_PROBES) {
    if (options.signal?.aborted) { break; }
    requests++;
    const outcome = await probe.run(api, found, options.now()).then(
      (): ProbeOutcome => ({ status: 'granted' }),
      (e: unknown) => outcomeOf(e, probe, api.baseUrl, options.t),
    );
    results.push({ feature: probe.feature, endpoint: probe.endpoint, outcome });
  }
  const named = results.map(r => r.outcome.status === 'missingScope' ? r.outcome.consoleLink : undefined).find(l => l !== undefined);
  return { results, requests, consoleLink: named ?? consoleHome(api.baseUrl) };
}

function outcomeOf(e: unknown, probe: PermissionProbe, baseUrl: string, t: Translate): ProbeOutcome {
  if (e instanceof FeishuError) {
    if (e.code === Codes.scopeMissing) {
      // A scope is shown, pasted and sent to an admin: only scope-shaped names from the reply are kept.
      const named = e.missingScopes.filter(s => SCOPE_NAME.test(s)).slice(0, 5);
      const scopes = named.length > 0 ? named : [probe.scopes[0] ?? ''];
      return { status: 'missingScope', scopes, consoleLink: consoleLinkIn(e.msg ?? '', baseUrl) };
    }
    // Past the gateway's scope check: only the placeholder ID was unknown.
    if (e.code !== undefined && NOT_FOUND_CODES.has(e.code)) { return { status: 'granted' }; }
    if (e.kind === 'http' && e.httpStatus === 404 && e.code === undefined) { return { status: 'notOffered' }; }
  }
  return { status: 'failed', message: humanMessage(e, t) };
}

const CONSOLE_HOSTS = ['open.feishu.cn', 'open.larksuite.com'];

/** The first https link in the service's message to the developer console (or the profile's own host). */
export function consoleLinkIn(msg: string, baseUrl: string): string | undefined {
  return (msg.match(/https:\/\/[^\s，。；"'<>()（）\]]+/g) ?? []).map(c => safeConsoleUrl(c, baseUrl)).find(u => u !== undefined);
}

/** The URL, normalised, when it is https on a console host or the profile's own host; else undefined. */
export function safeConsoleUrl(text: string, baseUrl?: string): string | undefined {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return undefined;
  }
  if (url.protocol !== 'https:' || url.username !== '' || url.password !== '') { return undefined; }
  const ownHost = baseUrl === undefined ? undefined : hostOf(baseUrl);
  return CONSOLE_HOSTS.includes(url.hostname) || url.hostname === ownHost ? url.href : undefined;
}

function consoleHome(baseUrl: string): string {
  return /(^|\.)larksuite\.com$/.test(hostOf(baseUrl)) ? 'https://open.larksuite.com/app' : 'https://open.feishu.cn/app';
}

function hostOf(baseUrl: string): string {
  try {
    return new URL(baseUrl).hostname;
  } catch {
    return '';
  }
}
