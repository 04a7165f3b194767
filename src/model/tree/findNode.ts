// Find by id: the one walk from an id (or its parts) to the main tree's node, paging an application's interviews
// only as far as needed. Reveal, the score details panel and commands given a plain ID all go through it.
import { MAX_INTERVIEW_PAGE_SIZE } from '../../feishu/hireApi';
import { PageWalk } from '../../feishu/pager';
import { raceSignal } from '../../feishu/raceSignal';
import type { ParsedInterview } from '../../feishu/validate';
import type { HireConnection } from '../connection/hireConnection';
import { APPLICATION_INTERVIEWS_BUDGET } from '../walkBudgets';
import type { ApplicationNode, InterviewNode, RecordNode } from './hireNode';
import type { HireTreeModel } from './hireTreeModel';
import { interviewNodeId, type RootKind } from './nodeId';

export interface RecordPath {
  root: RootKind;
  applicationId: string;
  interviewId: string;
  recordId: string;
}

/**
 * Pages through an application's interviews until one is found; undefined when absent or the chain broke. On abort
 * it stops waiting (a cancelled error); the tree keeps the pages loaded so far.
 */
export async function findInterview(
  model: HireTreeModel,
  application: ApplicationNode,
  interviewId: string,
  signal?: AbortSignal,
): Promise<InterviewNode | undefined> {
  const known = model.node(interviewNodeId(application.id, interviewId));
  if (known?.kind === 'interview') { return known; }
  const pages = model.interviewPagesFor(application);
  if (!pages) { return undefined; }
  await raceSignal(pages.ensureFirstPage(), signal);
  for (;;) {
    const interview = pages.items.find(i => i.id === interviewId);
    if (interview) { return model.interviewNode(application, interview); }
    if (pages.done || pages.error) { return undefined; }
    await raceSignal(pages.loadMore(), signal);
  }
}

/** The record's node under its root, its interview paged to; undefined when it is not there (any more). */
export async function findRecord(model: HireTreeModel, path: RecordPath, signal?: AbortSignal): Promise<RecordNode | undefined> {
  const interview = await findInterview(model, model.applicationNode(path.root, path.applicationId), path.interviewId, signal);
  return interview && model.recordNode(interview, path.recordId);
}

/** Reads an interview afresh from the service (Refresh in the details panel), leaving the tree's pages alone. */
export async function fetchInterview(
  connection: HireConnection,
  applicationId: string,
  interviewId: string,
  signal?: AbortSignal,
): Promise<ParsedInterview | undefined> {
  const walk = new PageWalk<ParsedInterview>(
    (pageToken, s) =>
      connection.api.listInterviews(applicationId, { pageToken, pageSize: MAX_INTERVIEW_PAGE_SIZE, userIdType: connection.userIdType, signal: s }),
    `/open-apis/hire/v1/applications/${applicationId}/interviews`,
    interview => interview.id,
    APPLICATION_INTERVIEWS_BUDGET,
  );
  while (!walk.done) {
    const found = (await walk.step(signal)).items.find(i => i.id === interviewId);
    if (found) { return found; }
  }
  return undefined;
}
