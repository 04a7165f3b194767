// Stage and interviewer names from the successor endpoint, which the seed endpoint lacks.
// Optional by design: a tenant that refuses the successor keeps a working tree with IDs.
import { FeishuError } from '../../feishu/errors';
import type { HireApi } from '../../feishu/hireApi';
import { PageWalk, type FetchPage } from '../../feishu/pager';
import type { I18nText, UserIdType } from '../../feishu/types';
import type { ParsedInterview } from '../../feishu/validate';
import { NAMES_WALK_BUDGET } from '../walkBudgets';

interface NameLookup {
  stage(interviewId: string): I18nText | undefined;
  interviewer(recordId: string): I18nText | undefined;
}

const SUCCESSOR_PAGE_SIZE = 100;
/** The successor endpoint the names come from. */
export const NAMES_ENDPOINT = '/open-apis/hire/v1/interviews';
const idOf = (interview: ParsedInterview): string => interview.id;
/** Names are labels; a longer one is cut, so a hostile reply cannot make this background walk keep megabytes. */
const MAX_NAME_LENGTH = 200;

function keptName(name: I18nText): I18nText {
  const long = (text: string | undefined): text is string => text !== undefined && text.length > MAX_NAME_LENGTH;
  if (!long(name.zh_cn) && !long(name.en_us)) { return name; }
  // Joining copies: a plain slice would still point into the long text.
  const cut = (text: string): string => (long(text) ? `${Array.from(text.slice(0, MAX_NAME_LENGTH)).join('')}…` : text);
  return { ...(name.zh_cn !== undefined && { zh_cn: cut(name.zh_cn) }), ...(name.en_us !== undefined && { en_us: cut(name.en_us) }) };
}

/** What the names walk has learnt, as plain data. */
export interface NamesState {
  /** Interview ID → stage name. */
  stages: Array<[string, I18nText]>;
  /** Record ID → interviewer name. */
  interviewers: Array<[string, I18nText]>;
  /** Interviews the walk has returned (with or without names). */
  seen: string[];
  /** Interview ID → when its last feedback was submitted (the successor's feedback_submit_time). */
  submitted?: Array<[string, number]>;
  nextToken: string | undefined;
  done: boolean;
}

export class InterviewNames implements NameLookup {
  private readonly stages = new Map<string, I18nText>();
  private readonly interviewers = new Map<string, I18nText>();
  private readonly submitted = new Map<string, number>();
  private readonly seen = new Set<string>();
  /** Interviews whose names another view passed on (`learn`). */
  private readonly told = new Set<string>();
  private walk: PageWalk<ParsedInterview>;
  private pending: Promise<boolean> | undefined;
  private readonly fetchPage: FetchPage<ParsedInterview>;

  constructor(
    api: HireApi,
    applicationId: string,
    userIdType: () => UserIdType,
    /** Called once when the tenant refuses the successor: the caller stops asking for every application. */
    private readonly onUnavailable: (e: FeishuError) => void,
    /** Called for every page asked for: the directory counts what names cost. */
    onRequest: () => void = () => undefined,
  ) {
    this.fetchPage = (pageToken, signal) => {
      onRequest();
      return api.listInterviewsWithNames(applicationId, { pageToken, pageSize: SUCCESSOR_PAGE_SIZE, userIdType: userIdType(), signal });
    };
    this.walk = new PageWalk(this.fetchPage, NAMES_ENDPOINT, idOf, NAMES_WALK_BUDGET);
  }

  get seenCount(): number {
    return this.seen.size;
  }

  /**
   * The names as plain data. With `onlyInterviews`, just theirs (a bounded copy), and the walk starts again
   * from its first page, since names of the interviews left out would otherwise never be asked for again.
   */
  state(onlyInterviews?: { interviewIds: ReadonlySet<string>; recordIds: ReadonlySet<string>; }): NamesState {
    if (!onlyInterviews) {
      return {
        stages: [...this.stages],
        interviewers: [...this.interviewers],
        seen: [...this.seen],
        submitted: [...this.submitted],
        nextToken: this.walk.token,
        done: this.walk.done,
      };
    }
    const { interviewIds, recordIds } = onlyInterviews;
    return {
      stages: [...this.stages].filter(([id]) => interviewIds.has(id)),
      interviewers: [...this.interviewers].filter(([id]) => recordIds.has(id)),
      seen: [...this.seen].filter(id => interviewIds.has(id)),
      submitted: [...this.submitted].filter(([id]) => interviewIds.has(id)),
      nextToken: undefined,
      done: false,
    };
  }

  /** Knows these names without asking; the walk goes on from the saved token. */
  seed(state: NamesState): void {
    for (const [id, name] of state.stages) { this.stages.set(id, name); }
    for (const [id, name] of state.interviewers) { this.interviewers.set(id, name); }
    for (const id of state.seen) { this.seen.add(id); }
    for (const [id, at] of state.submitted ?? []) { this.submitted.set(id, at); }
    this.walk = PageWalk.resumed(this.fetchPage, NAMES_ENDPOINT, idOf, { token: state.nextToken, done: state.done, itemIds: this.seen }, NAMES_WALK_BUDGET);
  }

  /** Refresh: a finished walk may start again from its first page for interviews it has not seen; names known stay. */
  restart(): void {
    if (this.walk.done && !this.pending) { this.walk = new PageWalk(this.fetchPage, NAMES_ENDPOINT, idOf, NAMES_WALK_BUDGET); }
  }

  stage(interviewId: string): I18nText | undefined {
    return this.stages.get(interviewId);
  }

  interviewer(recordId: string): I18nText | undefined {
    return this.interviewers.get(recordId);
  }

  /** When the interview's last feedback came in, as the successor said; undefined when unknown or none. */
  feedbackSubmitTime(interviewId: string): number | undefined {
    return this.submitted.get(interviewId);
  }

  /**
   * An interview another view read from the successor (the queue's window, a to-do): its names, no request. Kept
   * apart from the walk's `seen`, which a resumed walk takes as pages already read.
   */
  learn(interview: ParsedInterview): void {
    this.told.add(interview.id);
    this.keep(interview);
  }

  private covered(interviewId: string): boolean {
    return this.seen.has(interviewId) || this.told.has(interviewId);
  }

  private keep(interview: ParsedInterview): void {
    if (interview.stage?.name) { this.stages.set(interview.id, keptName(interview.stage.name)); }
    if (interview.feedback_submit_time) { this.submitted.set(interview.id, interview.feedback_submit_time); }
    for (const record of interview.interview_record_list) {
      if (record.interviewer?.name) { this.interviewers.set(record.id, keptName(record.interviewer.name)); }
    }
  }

  /** Pages the successor until these interviews are covered; resolves true when something new was learnt. */
  ensure(interviewIds: readonly string[], signal?: AbortSignal): Promise<boolean> {
    if (this.pending) { return this.pending.then(() => this.ensure(interviewIds, signal)); }
    if (interviewIds.every(id => this.covered(id)) || this.walk.done) { return Promise.resolve(false); }
    const run = this.fill(interviewIds, signal).finally(() => {
      this.pending = undefined;
    });
    this.pending = run;
    return run;
  }

  private async fill(interviewIds: readonly string[], signal?: AbortSignal): Promise<boolean> {
    let learnt = false;
    try {
      while (!this.walk.done && interviewIds.some(id => !this.covered(id))) {
        const step = await this.walk.step(signal);
        for (const interview of step.items) {
          this.seen.add(interview.id);
          this.keep(interview);
          learnt = true;
        }
      }
    } catch (e) {
      // A broken chain ends this application's walk only; the tenant has not refused the endpoint.
      if (e instanceof FeishuError && e.kind !== 'cancelled' && e.kind !== 'paging' && !e.isTransient && !e.isRateLimited) {
        this.onUnavailable(e);
      }
    }
    return learnt;
  }
}
