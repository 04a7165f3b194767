// The queue views' export rows: Feedback Owed lists only the records still owed, Recent Interviews every record of
// every interview in the window. The same plain rows as an application's export, so the same builders write them.
import type { Translate } from '../../feishu/translate';
import type { ApplicationLabel } from '../directory/tenantDirectory';
import type { DayGroup, OwedGroup } from './queueItems';
import type { QueueView } from './queueNode';
import { rowsOf } from '../export/applicationExport';
import type { Lang } from '../text/format';
import type { ExportRow } from '../export/interviewExport';
import type { NoPeekingRule } from '../scorecard/shownRecords';
import type { JobLevelNames } from '../directory/jobLevelNames';

export interface QueueExportSource {
  owedGroups(): OwedGroup[];
  days(): DayGroup[];
  label(applicationId: string | undefined): ApplicationLabel | undefined;
}

export function queueExportRows(
  source: QueueExportSource,
  view: QueueView,
  context: { levels?: JobLevelNames; noPeeking?: NoPeekingRule; lang: Lang; t: Translate; },
): ExportRow[] {
  const pairs = view === 'owed'
    ? source.owedGroups().flatMap(group => group.items.map(item => ({ interview: item.interview, record: item.record, applicationId: item.applicationId })))
    : source.days().flatMap(day =>
      day.interviews.flatMap(state =>
        state.interview.interview_record_list.map(record => ({ interview: state.interview, record, applicationId: state.applicationId }))
      )
    );
  return pairs.flatMap(({ interview, record, applicationId }) => {
    const label = source.label(applicationId);
    return rowsOf([interview], { ...context, applicationId, candidate: label?.candidateName || undefined, job: label?.jobTitle }).filter(row =>
      row.record.id === record.id
    );
  });
}
