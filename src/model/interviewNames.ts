// Stage and interviewer names from the successor endpoint, which the seed endpoint lacks.
// Optional by design: a tenant that refuses the successor keeps a working tree with IDs.
import { FeishuError } from '../feishu/errors';
import type { HireApi } from '../feishu/hireApi';
import { PageWalk } from '../feishu/pager';
import type { I18nText, UserIdType } from '../feishu/types';
import type { ParsedInterview } from '../feishu/validate';

interface NameLookup {
  stage(interviewId: string): I18nText | undefined;
  interviewer(recordId: string): I18nText | undefined;
}

const SUCCESSOR_PAGE_SIZE = 100;

export class InterviewNames implements NameLookup {
  private readonly stages = new Map<string, I18nText>();
  private readonly interviewers = new Map<string, I18nText>();
  private readonly seen = new Set<string>();
  private walk: PageWalk<ParsedInterview>;
  private pending: Promise<boolean> | undefined;

  constructor(
    api: HireApi,
    applicationId: string,
    userIdType: () => UserIdType,
    /** Called once when the tenant refuses the successor: the caller stops asking for every application. */
    private readonly onUnavailable: (e: FeishuError) => void,
  ) {
    this.walk = new PageWalk(
      (pageToken, signal) => api.listInterviewsWithNames(applicationId, { pageToken, pageSize: SUCCESSOR_PAGE_SIZE, userIdType: userIdType(), signal }),
      '/open-apis/hire/v1/interviews',
      interview => interview.id,
    );
  }

  stage(interviewId: string): I18nText | undefined {
    return this.stages.get(interviewId);
  }

  interviewer(recordId: string): I18nText | undefined {
    return this.interviewers.get(recordId);
  }

  /** Pages the successor until these interviews are covered; resolves true when something new was learnt. */
  ensure(interviewIds: readonly string[], signal?: AbortSignal): Promise<boolean> {
    if (this.pending) { return this.pending.then(() => this.ensure(interviewIds, signal)); }
    if (interviewIds.every(id => this.seen.has(id)) || this.walk.done) { return Promise.resolve(false); }
    const run = this.fill(interviewIds, signal).finally(() => { this.pending = undefined; });
    this.pending = run;
    return run;
  }

  private async fill(interviewIds: readonly string[], signal?: AbortSignal): Promise<boolean> {
    let learnt = false;
    try {
      while (!this.walk.done && interviewIds.some(id => !this.seen.has(id))) {
        const step = await this.walk.step(signal);
        for (const interview of step.items) {
          this.seen.add(interview.id);
          if (interview.stage?.name) { this.stages.set(interview.id, interview.stage.name); }
          for (const record of interview.interview_record_list) {
            if (record.interviewer?.name) { this.interviewers.set(record.id, record.interviewer.name); }
          }
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
