// One minimal read per feature, with the scopes the contract says it needs (feishu-hire-api.md §9). GETs only:
// a check must not change anything in the tenant.
import type { HireApi } from '../../feishu/hireApi';

export type PermissionFeature = 'applications' | 'interviews' | 'candidateNames' | 'jobTitles' | 'scorecards' | 'jobLevels' | 'queue';

/** What earlier probes found, so later ones can ask about real items instead of placeholders. */
export interface ProbeFindings {
  applicationId?: string;
  recordId?: string;
}

export interface PermissionProbe {
  feature: PermissionFeature;
  endpoint: string;
  /** Any one of these is enough; the first is the one to ask an admin for. */
  scopes: readonly string[];
  run(api: HireApi, found: ProbeFindings, nowMs: number): Promise<void>;
}

/** An ID no tenant has: the gateway checks the scope before the ID, so "not found" still means granted. */
export const PLACEHOLDER_ID = '1';

const DAY_MS = 24 * 60 * 60 * 1000;

export const PERMISSION_PROBES: readonly PermissionProbe[] = [{
  feature: 'applications',
  endpoint: 'GET /open-apis/hire/v1/applications?page_size=1',
  scopes: ['hire:application:readonly', 'hire:application'],
  run: async (api, found) => {
    found.applicationId = (await api.listApplications({}, { pageSize: 1 })).items[0];
  },
}, {
  feature: 'interviews',
  endpoint: 'GET /open-apis/hire/v1/applications/:id/interviews?page_size=1',
  scopes: ['hire:interview:readonly', 'hire:interview'],
  run: async (api, found) => {
    const page = await api.listInterviews(found.applicationId ?? PLACEHOLDER_ID, { pageSize: 1 });
    found.recordId = page.items[0]?.interview_record_list[0]?.id;
  },
}, {
  feature: 'candidateNames',
  endpoint: 'GET /open-apis/hire/v1/talents/:id',
  scopes: ['hire:talent:readonly', 'hire:talent'],
  run: async api => {
    await api.getTalent(PLACEHOLDER_ID);
  },
}, {
  feature: 'jobTitles',
  endpoint: 'GET /open-apis/hire/v1/jobs/:id',
  scopes: ['hire:job:readonly', 'hire:job'],
  run: async api => {
    await api.getJob(PLACEHOLDER_ID);
  },
}, {
  feature: 'scorecards',
  endpoint: 'GET /open-apis/hire/v2/interview_records?ids=…',
  scopes: ['hire:interview:readonly', 'hire:interview'],
  run: async (api, found) => {
    await api.listInterviewRecordsV2([found.recordId ?? PLACEHOLDER_ID]);
  },
}, {
  feature: 'jobLevels',
  endpoint: 'GET /open-apis/contact/v3/job_levels?page_size=1',
  scopes: ['contact:job_level:readonly', 'contact:job_level'],
  run: async api => {
    await api.listJobLevels({ pageSize: 1 });
  },
}, {
  feature: 'queue',
  endpoint: 'GET /open-apis/hire/v1/interviews?start_time&end_time&page_size=1',
  scopes: ['hire:interview:readonly', 'hire:interview'],
  run: async (api, _found, nowMs) => {
    await api.listInterviewsInWindow({ startMs: nowMs - DAY_MS, endMs: nowMs }, { pageSize: 1 });
  },
}];
