// The endpoints called as the signed-in person (a user token): the to-dos list (contract §9; the doc page
// "批量获取待办事项": user token only, hire:todo:readonly, page_size ≤ 100, items carry the object of their type).
import { FeishuError } from './errors';
import type { HttpClient, HttpReply, RequestOptions } from './httpClient';
import type { UserTokenSource } from './oauth/userTokenSource';
import type { Page } from './types';
import { object, optId, parsePage, reqId } from './validate';
import type { JsonValue } from './types';

export const TODOS_PATH = '/open-apis/hire/v1/todos';
export type TodoType = 'evaluation' | 'interview';

/** One to-do: its object's ID (an interview or an evaluation) with the application, candidate and job it is about. */
export interface Todo {
  type: TodoType;
  id: string;
  applicationId?: string;
  talentId?: string;
  jobId?: string;
}

/** The user token was rejected (invalid, 99991668) or has expired (99991677): renew once and replay. */
const USER_TOKEN_REJECTED = new Set([99991668, 99991677]);

function parseTodo(type: TodoType): (v: JsonValue, path: string) => Todo {
  return (v, path) => {
    const item = object(v, path);
    const target = object(item[type], `${path}.${type}`);
    const at = `${path}.${type}`;
    return {
      type,
      id: reqId(target, 'id', at),
      applicationId: optId(target, 'application_id', at),
      talentId: optId(target, 'talent_id', at),
      jobId: optId(target, 'job_id', at),
    };
  };
}

export class UserApi {
  constructor(private readonly http: HttpClient, private readonly tokens: UserTokenSource) {}

  async listTodos(type: TodoType, request: { pageToken?: string; signal?: AbortSignal; } = {}): Promise<Page<Todo>> {
    const { body } = await this.get(TODOS_PATH, { query: { type, page_size: 100, page_token: request.pageToken }, signal: request.signal });
    return parsePage(body, TODOS_PATH, parseTodo(type));
  }

  private async get(path: string, options: RequestOptions): Promise<HttpReply> {
    const token = await this.tokens.get(this.http.baseUrl);
    try {
      return await this.http.request(path, { ...options, headers: { Authorization: `Bearer ${token}` } });
    } catch (e) {
      if (!(e instanceof FeishuError) || e.code === undefined || !USER_TOKEN_REJECTED.has(e.code)) { throw e; }
      this.tokens.invalidate(token);
      const renewed = await this.tokens.get(this.http.baseUrl);
      return this.http.request(path, { ...options, headers: { Authorization: `Bearer ${renewed}` } });
    }
  }
}
