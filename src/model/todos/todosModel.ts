// My To-dos: the signed-in person's own to-dos (interviews to attend, feedback owed, résumés to evaluate), oldest
// debt first. The list comes with the user token; the interview's time, round and my record, and the candidate and
// job names, come from the connection (its TenantDirectory), so each item opens with the main tree's commands.
import { FeishuError, humanMessage } from '../../feishu/errors';
import type { Translate } from '../../feishu/translate';
import type { ParsedInterview } from '../../feishu/validate';
import type { Todo, TodoType, UserApi } from '../../feishu/userApi';
import type { FeishuUser } from '../../feishu/oauth/tokenEndpoint';
import { ChangeEvent } from '../changeEvent';
import type { HireConnection } from '../connection/hireConnection';
import type { MessageNode, RecordNode } from '../tree/hireNode';
import { escapeSegment, interviewNodeId, recordNodeId } from '../tree/nodeId';

/** A walk stops here: nobody owes a thousand interviews, and a lying server must not page forever. */
const MAX_PAGES = 10;
const MAX_DETAILED = 100;
const ROOT = 'todo';

export type TodoPhase = 'owed' | 'upcoming';

export interface TodoRecordNode extends RecordNode {
  todo: { phase: TodoPhase; candidateName?: string; jobTitle?: string; };
}

/** A to-do whose interview could not be read, or a résumé evaluation: shown with what the list itself says. */
export interface TodoItemNode {
  kind: 'todoItem';
  id: string;
  todo: Todo;
  candidateName?: string;
  jobTitle?: string;
}

export type TodoNode = TodoRecordNode | TodoItemNode | MessageNode;

export interface TodosModelDeps {
  now: () => number;
  t: Translate;
}

export interface TodosSource {
  connection: HireConnection;
  api: UserApi;
  user: FeishuUser;
}

/** What to ask the admin (or do) when the to-dos cannot be read; undefined for other failures. */
export function todoProblem(e: unknown, t: Translate): string | undefined {
  if (!(e instanceof FeishuError)) { return undefined; }
  switch (e.code) {
    case 20010:
      return t('Feishu {0}: you do not have access to this app. Ask your Feishu admin to add you to the app\'s availability.', e.code);
    case 99991679:
      return t('Feishu {0}: your sign-in does not include {1}. Sign in with Feishu again and agree to it.', e.code, 'hire:todo:readonly');
    case 99991672:
      return t(
        'Feishu {0}: the app lacks {1}. Ask your Feishu admin to enable it for user identity and publish the app.',
        e.code,
        e.missingScopes[0] ?? 'hire:todo:readonly',
      );
    default:
      return undefined;
  }
}

export class TodosModel {
  private source: TodosSource | undefined;
  private nodes: TodoNode[] = [];
  private loading: Promise<void> | undefined;
  private loaded = false;
  private generation = 0;
  private readonly changed = new ChangeEvent<void>();
  readonly onDidChange = this.changed.event;

  constructor(private readonly deps: TodosModelDeps) {}

  get signedIn(): boolean {
    return this.source !== undefined;
  }

  /** A new person or connection: forget everything; nothing is fetched until the view asks. */
  reset(source: TodosSource | undefined): void {
    this.source = source;
    this.nodes = [];
    this.loaded = false;
    this.loading = undefined;
    this.generation++;
    this.changed.fire(undefined);
  }

  roots(): TodoNode[] {
    return this.nodes;
  }

  node(id: string): TodoNode | undefined {
    return this.nodes.find(n => n.id === id);
  }

  async ensureLoaded(): Promise<void> {
    if (!this.loaded) { await this.refresh(); }
  }

  /** One load at a time; a reset while loading throws its result away. */
  refresh(): Promise<void> {
    this.loading ??= this.load().finally(() => {
      this.loading = undefined;
    });
    return this.loading;
  }

  private async load(): Promise<void> {
    const source = this.source;
    if (!source) { return; }
    const generation = this.generation;
    let nodes: TodoNode[];
    try {
      nodes = await this.read(source);
    } catch (e) {
      const problem = todoProblem(e, this.deps.t);
      nodes = [message('error', problem ?? humanMessage(e, this.deps.t), e)];
    }
    if (generation !== this.generation) { return; }
    this.nodes = nodes.length > 0 ? nodes : [message('info', this.deps.t('Nothing to do: no interviews or evaluations are waiting for you.'))];
    this.loaded = true;
    this.changed.fire(undefined);
  }

  private async walk(api: UserApi, type: TodoType, signal: AbortSignal): Promise<Todo[]> {
    const out: Todo[] = [];
    let pageToken: string | undefined;
    for (let page = 0; page < MAX_PAGES; page++) {
      const result = await api.listTodos(type, { pageToken, signal });
      out.push(...result.items);
      if (!result.hasMore || !result.pageToken) { break; }
      pageToken = result.pageToken;
    }
    return out;
  }

  private async read({ connection, api, user }: TodosSource): Promise<TodoNode[]> {
    const signal = connection.signal;
    const [interviews, evaluations] = await Promise.all([this.walk(api, 'interview', signal), this.walk(api, 'evaluation', signal)]);
    const appIds = [...interviews, ...evaluations].map(t => t.applicationId).filter((id): id is string => id !== undefined);
    // Names are a nicety: a tenant that refuses them still shows the to-dos with their IDs.
    await connection.directory.ensureApplications(new Set(appIds), signal).catch(() => undefined);
    const names = (todo: Todo): { candidateName?: string; jobTitle?: string; } => {
      const label = todo.applicationId ? connection.directory.application(todo.applicationId) : undefined;
      return { candidateName: label?.candidateName, jobTitle: label?.jobTitle };
    };
    let detailProblem: unknown;
    const detailed = await Promise.all(
      interviews.slice(0, MAX_DETAILED).map(async (todo): Promise<TodoNode> => {
        let interview: ParsedInterview | undefined;
        try {
          interview = await connection.api.findInterview(todo.id, { userIdType: connection.userIdType, signal });
          if (interview) { connection.directory.knowInterviews([{ ...interview, application_id: interview.application_id ?? todo.applicationId }]); }
        } catch (e) {
          detailProblem ??= e;
        }
        const mine = interview?.interview_record_list.find(r => r.interviewer?.id === user.openId || r.interviewer?.id === user.unionId)
          ?? interview?.interview_record_list.find(r => r.user_id === user.openId || r.user_id === user.unionId);
        if (!interview || !mine) { return { kind: 'todoItem', id: `${ROOT}/iv/${escapeSegment(todo.id)}`, todo, ...names(todo) }; }
        const parentId = interviewNodeId(ROOT, interview.id);
        const ended = interview.end_time !== undefined && interview.end_time <= this.deps.now();
        return {
          kind: 'record',
          id: recordNodeId(parentId, mine.id),
          parentId,
          applicationId: todo.applicationId ?? interview.application_id ?? '',
          interview,
          record: mine,
          todo: { phase: ended ? 'owed' : 'upcoming', ...names(todo) },
        };
      }),
    );
    const rest: TodoNode[] = [
      ...interviews.slice(MAX_DETAILED).map((todo): TodoItemNode => ({ kind: 'todoItem', id: `${ROOT}/iv/${escapeSegment(todo.id)}`, todo, ...names(todo) })),
      ...evaluations.map((todo): TodoItemNode => ({ kind: 'todoItem', id: `${ROOT}/eval/${escapeSegment(todo.id)}`, todo, ...names(todo) })),
    ];
    const nodes = [...detailed.sort(byDebt), ...rest];
    if (detailProblem !== undefined) {
      nodes.unshift(
        message('warning', this.deps.t('Interview times and rounds could not be read: {0}', humanMessage(detailProblem, this.deps.t)), detailProblem),
      );
    }
    return nodes;
  }
}

const PHASE_ORDER: Record<TodoPhase, number> = { owed: 0, upcoming: 1 };

/** Feedback owed first, the oldest first; then interviews ahead, the soonest first; then what could not be read. */
function byDebt(a: TodoNode, b: TodoNode): number {
  if (a.kind !== 'record' || b.kind !== 'record') { return (a.kind === 'record' ? 0 : 1) - (b.kind === 'record' ? 0 : 1); }
  const phase = PHASE_ORDER[a.todo.phase] - PHASE_ORDER[b.todo.phase];
  if (phase !== 0) { return phase; }
  const time = (n: TodoRecordNode): number => (n.todo.phase === 'owed' ? n.interview.end_time : n.interview.begin_time) ?? Number.MAX_SAFE_INTEGER;
  return time(a) - time(b);
}

let messages = 0;
function message(severity: MessageNode['severity'], text: string, error?: unknown): MessageNode {
  return { kind: 'message', id: `${ROOT}/msg/${++messages}`, parentId: ROOT, severity, text, ...(error instanceof FeishuError ? { error } : {}) };
}
