// The names of one signed-in tenant, for every view: application details, candidate names, job titles,
// interviewer and stage names, job levels. One request per ID whoever asks first (tree, queue, export, panel),
// kept for the life of the connection. A refused permission is remembered until the connection changes; other
// failures are kept until the next Refresh (`retryFailures`), so re-renders never turn into request storms.
import { setMaxListeners } from 'node:events';
import { Codes, FeishuError } from '../../feishu/errors';
import type { HireApi } from '../../feishu/hireApi';
import { raceSignal } from '../../feishu/raceSignal';
import type { Application, I18nText, UserIdType } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import { ChangeEvent } from '../changeEvent';
import { InterviewNames, type NamesState } from './interviewNames';
import { JobLevelNames } from './jobLevelNames';

export type DirectoryApi = Pick<HireApi, 'getApplication' | 'getTalent' | 'getJob' | 'listInterviewsWithNames' | 'listJobLevels'>;

/** What an application row needs. Settled once read, or once the read failed (`error`). */
export interface ApplicationLabel {
  application?: Application;
  talentId?: string;
  jobId?: string;
  candidateName?: string;
  jobTitle?: string;
  /** The application's own detail could not be read; the label falls back to its ID. */
  error?: FeishuError;
}

/** A label known without asking (last-known data). */
export interface KnownLabel {
  applicationId: string;
  application?: Application;
  candidateName?: string;
  jobTitle?: string;
}

type Kind = 'application' | 'talent' | 'job' | 'names';

const MAX_KEPT_TEXT = 300;

/** One cached answer: a value, or a failure to retry after the next Refresh; `stale` values are read again when asked. */
interface Entry<T> {
  value?: T;
  failed?: FeishuError;
  stale?: boolean;
  pending?: Promise<T | undefined>;
}

/** The service refuses this kind of request for this app: asking again cannot help until the connection changes. */
function isRefusal(e: FeishuError): boolean {
  return e.code === Codes.scopeMissing || e.isCredentialProblem || e.httpStatus === 403;
}

/**
 * What the directory keeps of a failure: its kind, code and a short text, never its cause, which may hold a whole
 * (hostile, 10 MB) reply for the life of the connection.
 */
function asFeishuError(e: unknown): FeishuError {
  const short = (text: string | undefined): string | undefined => text && text.length > MAX_KEPT_TEXT ? `${text.slice(0, MAX_KEPT_TEXT)}…` : text;
  if (!(e instanceof FeishuError)) { return new FeishuError({ kind: 'badResponse', detail: short(String(e)) }); }
  return new FeishuError({
    kind: e.kind,
    endpoint: e.endpoint,
    httpStatus: e.httpStatus,
    code: e.code,
    msg: short(e.msg),
    logId: short(e.logId),
    walkLimit: e.walkLimit,
    pagingReason: e.pagingReason,
    missingScopes: e.missingScopes.slice(0, 20).map(scope => short(scope) ?? ''),
    detail: short(e.detail),
  });
}

function failedIds(cache: Map<string, Entry<unknown>>): Set<string> {
  return new Set([...cache].filter(([, entry]) => entry.failed).map(([id]) => id));
}

function isCancel(e: unknown): boolean {
  return e instanceof FeishuError && e.kind === 'cancelled';
}

export class TenantDirectory {
  readonly levels: JobLevelNames;
  private readonly labels = new Map<string, Entry<ApplicationLabel>>();
  private readonly talents = new Map<string, Entry<string>>();
  private readonly jobs = new Map<string, Entry<string>>();
  private readonly names = new Map<string, InterviewNames>();
  private readonly refused = new Map<Kind, FeishuError>();
  private requestCount = 0;
  private readonly changed = new ChangeEvent<string>();
  /** An application's label settled (its ID); the views that show it re-render that row. */
  readonly onDidChangeApplication = this.changed.event;

  constructor(
    private readonly api: DirectoryApi,
    private readonly userIdType: UserIdType,
    /** The connection's: aborts every request of the directory when it is retired. */
    private readonly signal: AbortSignal = new AbortController().signal,
  ) {
    setMaxListeners(0, signal);
    this.levels = new JobLevelNames(() => this.signal.aborted ? undefined : this.api as HireApi);
  }

  /** Requests sent so far, answered or not: the views say what a refresh cost. */
  get requests(): number {
    return this.requestCount;
  }

  /** Why the tenant's interviewer and stage names are not available, when they are not. */
  get namesRefused(): FeishuError | undefined {
    return this.refused.get('names');
  }

  /** The application's label once settled; undefined while unknown or loading. */
  application(applicationId: string): ApplicationLabel | undefined {
    return this.labels.get(applicationId)?.value;
  }

  /** The detail was read elsewhere (a lookup): kept, and the names are read from it. */
  knowApplication(application: Application): void {
    const entry = this.labels.get(application.id);
    if (entry?.pending || (entry?.value?.application && !entry.value.error)) { return; }
    this.labels.set(application.id, { value: { ...entry?.value, application }, stale: true });
  }

  /** Loads what is missing (one request per application, talent and job); waits at most until `signal`. */
  async ensureApplications(applicationIds: Iterable<string>, signal?: AbortSignal): Promise<void> {
    await Promise.all([...new Set(applicationIds)].map(id =>
      this.ensureApplication(id, signal).catch(e => {
        if (!isCancel(e)) { throw e; }
      })
    ));
  }

  /** The label: detail → candidate name and job title. Failures settle it without names; only a cancel throws. */
  ensureApplication(applicationId: string, signal?: AbortSignal, detail?: Application): Promise<ApplicationLabel | undefined> {
    const known = detail ?? this.labels.get(applicationId)?.value?.application;
    return raceSignal(
      this.cached(this.labels, applicationId, async () => {
        let application = known;
        let error: FeishuError | undefined;
        try {
          application ??= await this.ask('application', () => this.api.getApplication(applicationId, this.signal));
          error = application ? undefined : this.refused.get('application');
        } catch (e) {
          if (isCancel(e)) { throw e; }
          error = asFeishuError(e);
        }
        const [candidateName, jobTitle] = await Promise.all([
          application?.talent_id ? this.candidateName(application.talent_id) : undefined,
          application?.job_id ? this.jobTitle(application.job_id) : undefined,
        ]);
        return {
          application,
          talentId: application?.talent_id,
          jobId: application?.job_id,
          error,
          candidateName: candidateName ?? (application ? '' : undefined),
          jobTitle,
        };
      }, () => this.changed.fire(applicationId)),
      signal,
    );
  }

  /** One request per talent, shared by all their applications. */
  private candidateName(talentId: string): Promise<string | undefined> {
    return this.cached(this.talents, talentId, () => this.ask('talent', () => this.api.getTalent(talentId, this.signal)).then(t => t?.name || undefined));
  }

  /** One request per job, shared by all its applications. */
  private jobTitle(jobId: string): Promise<string | undefined> {
    return this.cached(this.jobs, jobId, () => this.ask('job', () => this.api.getJob(jobId, this.signal)).then(j => j?.title || undefined));
  }

  /** The successor endpoint's names of one application's interviews, walked as far as these interviews need. */
  async ensureNames(applicationId: string, interviewIds: readonly string[], signal?: AbortSignal): Promise<boolean> {
    if (this.refused.has('names') || interviewIds.length === 0 || this.signal.aborted) { return false; }
    return raceSignal(this.namesOf(applicationId).ensure(interviewIds, this.signal), signal);
  }

  /**
   * Interviews read from the successor by another view (the queue, My To-dos) carry their names: every view names
   * them from here, with no request, even where this application's own names walk stops (its budget).
   */
  knowInterviews(interviews: Iterable<ParsedInterview>): void {
    for (const interview of interviews) {
      if (interview.application_id) { this.namesOf(interview.application_id).learn(interview); }
    }
  }

  stage(applicationId: string, interviewId: string): I18nText | undefined {
    return this.names.get(applicationId)?.stage(interviewId);
  }

  /** From the same successor pages as the names: no request of its own. */
  feedbackSubmitTime(applicationId: string, interviewId: string): number | undefined {
    return this.names.get(applicationId)?.feedbackSubmitTime(interviewId);
  }

  interviewer(applicationId: string, recordId: string): I18nText | undefined {
    return this.names.get(applicationId)?.interviewer(recordId);
  }

  /** Refresh: failed lookups are asked again when next needed, and the names walks may start over for new interviews. */
  retryFailures(): void {
    const failedTalents = failedIds(this.talents);
    const failedJobs = failedIds(this.jobs);
    for (const [id, entry] of this.labels) {
      const label = entry.value;
      if (label && (label.error || failedTalents.has(label.talentId ?? '') || failedJobs.has(label.jobId ?? ''))) {
        // Shown as it is until the lookup settles again; the detail already read is not asked again.
        this.labels.set(id, { value: label, stale: true });
      }
    }
    for (const id of failedTalents) { this.talents.delete(id); }
    for (const id of failedJobs) { this.jobs.delete(id); }
    for (const names of this.names.values()) { names.restart(); }
  }

  /** Settled labels of these applications, for last-known data. */
  knownLabels(applicationIds: Iterable<string>, max: number): KnownLabel[] {
    const out: KnownLabel[] = [];
    for (const applicationId of applicationIds) {
      if (out.length >= max) { break; }
      const label = this.application(applicationId);
      // A failed lookup is saved as settled without a name: the label stays the ID until a refresh, as it was.
      if (!label || (label.candidateName === undefined && !label.error)) { continue; }
      out.push({ applicationId, application: label.application, candidateName: label.candidateName ?? '', jobTitle: label.jobTitle });
    }
    return out;
  }

  /** Labels from last-known data: known without a request. */
  seedLabels(labels: readonly KnownLabel[]): void {
    for (const known of labels) {
      this.labels.set(known.applicationId, {
        value: {
          application: known.application,
          talentId: known.application?.talent_id,
          jobId: known.application?.job_id,
          candidateName: known.candidateName,
          jobTitle: known.jobTitle,
        },
      });
    }
  }

  namesState(
    applicationId: string,
    only?: { interviewIds: ReadonlySet<string>; recordIds: ReadonlySet<string>; },
    maxSeen = Number.POSITIVE_INFINITY,
  ): NamesState | undefined {
    const names = this.names.get(applicationId);
    if (!names) { return undefined; }
    return names.seenCount <= maxSeen ? names.state() : names.state(only);
  }

  seedNames(applicationId: string, state: NamesState): void {
    this.namesOf(applicationId).seed(state);
  }

  /** Last-known data said the tenant refuses the names endpoint. */
  seedNamesRefused(error: FeishuError): void {
    this.refused.set('names', error);
  }

  private namesOf(applicationId: string): InterviewNames {
    let names = this.names.get(applicationId);
    if (!names) {
      names = new InterviewNames(this.api as HireApi, applicationId, () => this.userIdType, e => {
        this.refused.set('names', asFeishuError(e));
      }, () => {
        this.requestCount++;
      });
      this.names.set(applicationId, names);
    }
    return names;
  }

  /** One request of a kind; undefined when the kind is refused (remembered). Other failures throw. */
  private async ask<T>(kind: Kind, request: () => Promise<T>): Promise<T | undefined> {
    if (this.signal.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'the connection was retired' }); }
    if (this.refused.has(kind)) { return undefined; }
    this.requestCount++;
    try {
      return await request();
    } catch (e) {
      if (isCancel(e) || this.signal.aborted) { throw new FeishuError({ kind: 'cancelled', detail: 'cancelled' }); }
      const error = asFeishuError(e);
      if (!isRefusal(error)) { throw error; }
      this.refused.set(kind, error);
      return undefined;
    }
  }

  /** The shared promise of one ID; a failure other than a cancel is kept (as "failed") until `retryFailures`. */
  private cached<T>(cache: Map<string, Entry<T>>, id: string, load: () => Promise<T | undefined>, settled?: () => void): Promise<T | undefined> {
    const entry = cache.get(id);
    if (entry?.pending) { return entry.pending; }
    if (entry && !entry.stale) { return Promise.resolve(entry.value); }
    const fresh: Entry<T> = { value: entry?.value };
    cache.set(id, fresh);
    fresh.pending = load().then(value => {
      fresh.value = value;
      return value;
    }, (e: unknown) => {
      if (isCancel(e)) {
        if (cache.get(id) === fresh) { cache.delete(id); }
        throw e;
      }
      fresh.failed = asFeishuError(e);
      return fresh.value;
    }).finally(() => {
      fresh.pending = undefined;
      if (cache.get(id) === fresh && !this.signal.aborted) { settled?.(); }
    });
    return fresh.pending;
  }
}
