// The main tree's interview and record nodes, named from the connection's directory (stage, interviewer, when the
// feedback came in) over what the seed endpoint's reply carries.
import type { Translate } from '../../feishu/translate';
import type { ParsedInterview } from '../../feishu/validate';
import type { TenantDirectory } from '../directory/tenantDirectory';
import { pickI18n } from '../text/format';
import type { ApplicationNode, HireNode, InterviewNode, RecordNode } from './hireNode';
import { interviewNodeId, recordNodeId } from './nodeId';
import { invalidNodes, messageNode, type Remember } from './treeNodes';

/** What the nodes are made with: the model's node map, the directory of the connection, the viewer's language. */
export interface Naming {
  remember: Remember;
  directory: TenantDirectory | undefined;
  lang: 'zh' | 'en';
  t: Translate;
  log?: (line: string) => void;
}

type ParsedRecord = ParsedInterview['interview_record_list'][number];

export function interviewNodeOf(naming: Naming, parent: ApplicationNode, interview: ParsedInterview): InterviewNode {
  const { directory } = naming;
  return naming.remember({
    kind: 'interview',
    id: interviewNodeId(parent.id, interview.id),
    parentId: parent.id,
    applicationId: parent.applicationId,
    interview,
    stageName: pickI18n(directory?.stage(parent.applicationId, interview.id) ?? interview.stage?.name, naming.lang),
    feedbackSubmitMs: interview.feedback_submit_time ?? directory?.feedbackSubmitTime(parent.applicationId, interview.id),
  });
}

export function recordNodeOf(naming: Naming, parent: InterviewNode, record: ParsedRecord): RecordNode {
  return naming.remember({
    kind: 'record',
    id: recordNodeId(parent.id, record.id),
    parentId: parent.id,
    applicationId: parent.applicationId,
    interview: parent.interview,
    record,
    interviewerName: pickI18n(naming.directory?.interviewer(parent.applicationId, record.id) ?? record.interviewer?.name, naming.lang),
  });
}

/** An interview's records, each once (a reply may list one twice), then those that did not pass the checks. */
export function recordChildrenOf(naming: Naming, node: InterviewNode): HireNode[] {
  const seen = new Set<string>();
  const records = node.interview.interview_record_list.filter(record => {
    if (!seen.has(record.id)) {
      seen.add(record.id);
      return true;
    }
    naming.log?.(`Dropped record ${record.id} of interview ${node.interview.id}: the reply listed it twice.`);
    return false;
  });
  const nodes: HireNode[] = records.map(record => recordNodeOf(naming, node, record));
  nodes.push(...invalidNodes(naming.remember, node.id, node.interview.invalidRecords));
  if (nodes.length === 0) {
    nodes.push(messageNode(naming.remember, node.id, 'empty', 'info', naming.t('No interviewer records')));
  }
  return nodes;
}
