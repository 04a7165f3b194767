// Candidate name and job title of applications, for the queue's labels: application detail → talent and job,
// job titles shared. Kept across refreshes (names rarely change; quota is scarce) and counted per request.
import type { HireApi } from '../../feishu/hireApi';

export type LabelsApi = Pick<HireApi, 'getApplication' | 'getTalent' | 'getJob'>;

export interface ApplicationLabel { candidateName?: string; jobTitle?: string; jobId?: string; talentId?: string }

export class ApplicationLabels {
  private readonly labels = new Map<string, ApplicationLabel>();
  private readonly pending = new Map<string, Promise<void>>();
  private readonly jobTitles = new Map<string, Promise<string | undefined>>();
  private requestCount = 0;

  constructor(private readonly api: LabelsApi) {}

  /** Requests sent so far (successful or not). */
  get requests(): number {
    return this.requestCount;
  }

  get(applicationId: string): ApplicationLabel | undefined {
    return this.labels.get(applicationId);
  }

  /** Loads what is missing; failures leave the ID as the label and are not retried until `forget`. */
  async ensure(applicationIds: Iterable<string>, signal?: AbortSignal): Promise<void> {
    const waits: Promise<void>[] = [];
    for (const id of new Set(applicationIds)) {
      if (this.labels.has(id)) { continue; }
      let load = this.pending.get(id);
      if (!load) {
        load = this.load(id, signal).finally(() => this.pending.delete(id));
        this.pending.set(id, load);
      }
      waits.push(load);
    }
    await Promise.all(waits);
  }

  private async load(applicationId: string, signal?: AbortSignal): Promise<void> {
    const label: ApplicationLabel = {};
    try {
      this.requestCount++;
      const application = await this.api.getApplication(applicationId, signal);
      label.talentId = application.talent_id;
      label.jobId = application.job_id;
      const [talent, jobTitle] = await Promise.all([
        application.talent_id ? this.talentName(application.talent_id, signal) : undefined,
        application.job_id ? this.jobTitle(application.job_id, signal) : undefined,
      ]);
      label.candidateName = talent;
      label.jobTitle = jobTitle;
    } catch {
      // The label falls back to the application ID; the next refresh tries again.
      if (signal?.aborted) { return; }
    }
    this.labels.set(applicationId, label);
  }

  private talentName(talentId: string, signal?: AbortSignal): Promise<string | undefined> {
    this.requestCount++;
    return this.api.getTalent(talentId, signal).then(t => t.name || undefined, () => undefined);
  }

  private jobTitle(jobId: string, signal?: AbortSignal): Promise<string | undefined> {
    let title = this.jobTitles.get(jobId);
    if (!title) {
      this.requestCount++;
      title = this.api.getJob(jobId, signal).then(job => job.title || undefined, () => undefined);
      this.jobTitles.set(jobId, title);
    }
    return title;
  }

  /** Labels that failed to load are asked for again on the next `ensure`. */
  forgetFailures(): void {
    for (const [id, label] of this.labels) {
      if (label.candidateName === undefined && label.jobTitle === undefined) { this.labels.delete(id); }
    }
  }
}
