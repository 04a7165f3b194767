// The one grammar of node ids, for every view: `<root>/app/<applicationId>/iv/<interviewId>/rec/<recordId>` in the
// main tree, `owed/who/<interviewer>/iv/…/rec/…` and `recent/day/<day>/iv/…/rec/…` in the queue views. IDs come
// from the service and may hold anything: each is escaped so that no ID can add a level or pose as another
// (`1/rec/91` stays one segment) and no string can make the escape throw (a lone surrogate included).

export type RootKind = 'pinned' | 'all';

/** `%`, `/` and `~` (the unnamed interviewer's segment) are the only characters with a meaning here. */
export function escapeSegment(value: string): string {
  return value.replace(/[%/~]/g, c => c === '%' ? '%25' : c === '/' ? '%2F' : '%7E');
}

export function unescapeSegment(segment: string): string {
  return segment.replace(/%(25|2F|7E)/g, (_, hex: string) => hex === '25' ? '%' : hex === '2F' ? '/' : '~');
}

export function applicationNodeId(root: RootKind, applicationId: string): string {
  return `${root}/app/${escapeSegment(applicationId)}`;
}

export function interviewNodeId(parentId: string, interviewId: string): string {
  return `${parentId}/iv/${escapeSegment(interviewId)}`;
}

export function recordNodeId(interviewNodeId: string, recordId: string): string {
  return `${interviewNodeId}/rec/${escapeSegment(recordId)}`;
}

const UNNAMED_INTERVIEWER_SEGMENT = '~';

export function interviewerNodeId(interviewerKey: string): string {
  return `owed/who/${interviewerKey === '' ? UNNAMED_INTERVIEWER_SEGMENT : escapeSegment(interviewerKey)}`;
}

export function dayNodeId(dayKey: string): string {
  return `recent/day/${escapeSegment(dayKey)}`;
}

/** The trailing `/` keeps `all/app/12` from counting as an ancestor of `all/app/123`. */
export function isDescendantId(ancestorId: string, id: string): boolean {
  return id.startsWith(ancestorId + '/');
}

/** What a main-tree id names, down to the level it reaches. */
export type MainTreePath = { level: 'root'; root: RootKind; } | { level: 'application'; root: RootKind; applicationId: string; } | {
  level: 'interview';
  root: RootKind;
  applicationId: string;
  interviewId: string;
} | { level: 'record'; root: RootKind; applicationId: string; interviewId: string; recordId: string; };

/** The parts of a main-tree id of an item (root, application, interview, record); undefined for anything else. */
export function parseMainTreeId(id: string): MainTreePath | undefined {
  const parts = id.split('/');
  const root = parts[0];
  if (root !== 'pinned' && root !== 'all') { return undefined; }
  const labels = ['app', 'iv', 'rec'];
  const values: string[] = [];
  for (let i = 1; i < parts.length; i += 2) {
    const value = parts[i + 1];
    if (parts[i] !== labels[values.length] || value === undefined || value === '') { return undefined; }
    values.push(unescapeSegment(value));
  }
  const [applicationId, interviewId, recordId] = values;
  if (applicationId === undefined) { return { level: 'root', root }; }
  if (interviewId === undefined) { return { level: 'application', root, applicationId }; }
  if (recordId === undefined) { return { level: 'interview', root, applicationId, interviewId }; }
  return { level: 'record', root, applicationId, interviewId, recordId };
}
