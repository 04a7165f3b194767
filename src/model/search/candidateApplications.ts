// A picked candidate's applications: one list request (`applications?talent_id=`), then each one's job and stage
// from the connection's directory, which reads every application, talent and job once for every view.
import type { HireApi } from '../../feishu/hireApi';
import type { Translate } from '../../feishu/translate';
import type { ApplicationLabel, TenantDirectory } from '../directory/tenantDirectory';
import type { Lang } from '../text/format';
import { plainName } from '../text/plainName';

/** A candidate rarely has more; the first page is what the pick list shows. */
const MAX_LISTED = 50;

export interface CandidateApplications {
  applicationIds: string[];
  /** More than one page: only the newest are listed. */
  more: boolean;
}

export async function listCandidateApplications(
  api: Pick<HireApi, 'listApplications'>,
  talentId: string,
  signal?: AbortSignal,
): Promise<CandidateApplications> {
  const page = await api.listApplications({ talentId, activeStatus: '3' }, { pageSize: MAX_LISTED, signal });
  return { applicationIds: [...new Set(page.items)].filter(id => /^\d{1,32}$/.test(id)), more: page.hasMore };
}

export interface ApplicationChoiceLabel {
  label: string;
  description: string;
}

/** "Senior Backend Engineer" · "Final interview · inactive"; the ID while the names are not known. */
export function applicationChoiceLabel(applicationId: string, known: ApplicationLabel | undefined, lang: Lang, t: Translate): ApplicationChoiceLabel {
  if (!known) { return { label: applicationId, description: t('Reading job and stage…') }; }
  const stage = known.application?.stage;
  const stageName = plainName((lang === 'zh' ? stage?.zh_name || stage?.en_name : stage?.en_name || stage?.zh_name) ?? '');
  const inactive = known.application?.active_status === 2 ? t('inactive') : '';
  const job = plainName(known.jobTitle ?? '') || (known.jobId ? t('job {0}', known.jobId) : '');
  const failed = known.error ? t('job and stage not readable') : '';
  return { label: job || applicationId, description: [stageName, inactive, failed, job ? applicationId : ''].filter(s => s !== '').join(' · ') };
}

/** Reads the labels the list needs, calling `settled` as each one arrives (the pick list fills in). */
export async function readApplicationLabels(
  directory: TenantDirectory,
  applicationIds: readonly string[],
  settled: (applicationId: string) => void,
  signal?: AbortSignal,
): Promise<void> {
  await Promise.all(applicationIds.map(id => directory.ensureApplication(id, signal).then(() => settled(id), () => settled(id))));
}
