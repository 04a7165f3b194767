// Filter by job: the jobs the queue's applications are known to be for, by title, and the interviews of one job.
// Only labels already known count (no request): an application not yet named cannot be placed, and the view says
// how many such interviews the filter leaves out.
import type { ParsedInterview } from '../../feishu/validate';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import { plainNameOf } from '../text/plainName';

export interface QueueJob {
  jobId: string;
  /** Undefined while the job's title could not be read: the pick shows its ID. */
  title?: string;
  interviews: number;
}

export interface JobFilter {
  jobId: string;
  title?: string;
}

export type LabelOf = (applicationId: string | undefined) => ApplicationLabel | undefined;

/** Jobs seen in these interviews, most interviews first, then by title. */
export function jobsSeen(interviews: readonly ParsedInterview[], label: LabelOf): { jobs: QueueJob[]; unplaced: number; } {
  const jobs = new Map<string, QueueJob>();
  let unplaced = 0;
  for (const interview of interviews) {
    const known = label(interview.application_id);
    const jobId = known?.jobId ?? known?.application?.job_id;
    if (!jobId) {
      unplaced++;
      continue;
    }
    const job = jobs.get(jobId) ?? { jobId, title: plainNameOf(known?.jobTitle), interviews: 0 };
    job.interviews++;
    jobs.set(jobId, job);
  }
  const list = [...jobs.values()].sort((a, b) => b.interviews - a.interviews || (a.title ?? a.jobId).localeCompare(b.title ?? b.jobId));
  return { jobs: list, unplaced };
}

/** The interviews of the filter's job; `unplaced` counts those whose job is not known yet (left out). */
export function ofJob(interviews: readonly ParsedInterview[], filter: JobFilter | undefined, label: LabelOf): { kept: ParsedInterview[]; unplaced: number; } {
  if (!filter) { return { kept: [...interviews], unplaced: 0 }; }
  const kept: ParsedInterview[] = [];
  let unplaced = 0;
  for (const interview of interviews) {
    const known = label(interview.application_id);
    const jobId = known?.jobId ?? known?.application?.job_id;
    if (jobId === filter.jobId) { kept.push(interview); }
    else if (!jobId) { unplaced++; }
  }
  return { kept, unplaced };
}
