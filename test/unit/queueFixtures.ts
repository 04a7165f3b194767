// The queue tests' fixtures: a clock in Shanghai, interviews as the successor sends them, a scripted service that
// honours the time window, and a model over it. Shared by feedbackQueue.test.ts and queueFurtherBack.test.ts.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { FeishuError } from '../../src/feishu/errors';
import type { HireApi, TimeWindow } from '../../src/feishu/hireApi';
import { createFeishuClient, type FeishuClient } from '../../src/feishu/feishuClient';
import { nodeFetchTransport } from '../../src/feishu/nodeFetchTransport';
import { formatOnly, type Translate } from '../../src/feishu/translate';
import type { FakeFeishu } from '../../src/fakeFeishu/server';
import type { JsonObject, Page } from '../../src/feishu/types';
import { parseInterview, type ParsedInterview } from '../../src/feishu/validate';
import { QueueModel, type QueueModelDeps } from '../../src/model/queue/queueModel';
import type { QueueNode } from '../../src/model/queue/queueNode';
import { interviewerTitle } from '../../src/model/queue/queueReminder';
import { connectionFor } from './helpers';

/** What the queue asks of the service. */
export type QueueApi = Pick<HireApi, 'listInterviewsInWindow' | 'getApplication' | 'getTalent' | 'getJob'>;

export const MIN = 60_000;
export const HOUR = 60 * MIN;
export const DAY = 24 * HOUR;
export const SHANGHAI = 'Asia/Shanghai';
// 09:30 on Friday 27 November 2026 in Shanghai; still Thursday 26th in Los Angeles.
export const NOW = Date.UTC(2026, 10, 27, 1, 30);

/** `t` with the Simplified Chinese bundle, as VS Code's l10n.t does in a Chinese UI. */
export const zhBundle = JSON.parse(readFileSync(join(__dirname, '..', '..', '..', 'l10n', 'bundle.l10n.zh-cn.json'), 'utf8')) as Record<string, string>;
export const zhT: Translate = (message, ...args) => formatOnly(zhBundle[message] ?? `MISSING:${message}`, ...args);

export interface RecordSpec {
  id?: string;
  who?: string | null;
  name?: { zh_cn?: string; en_us?: string; } | null;
  commit: 1 | 2;
  conclusion?: number;
}

let nextId = 7_100_000_000_000_000_000n;
export const newId = (): string => String(nextId++);

/** An interview as the successor sends it, parsed by the client's own validator. */
export function interview(beginMs: number, minutes: number, records: RecordSpec[], applicationId = '6100000000000000001', round = 0): ParsedInterview {
  const json: JsonObject = {
    id: newId(),
    begin_time: beginMs,
    end_time: beginMs + minutes * MIN,
    round,
    stage_id: '55',
    application_id: applicationId,
    stage: { id: '55', name: { zh_cn: '初试', en_us: 'First interview' } },
    interview_record_list: records.map(r => {
      const record: JsonObject = { id: r.id ?? newId(), commit_status: r.commit, conclusion: r.conclusion ?? (r.commit === 1 ? 1 : 4) };
      if (r.who !== null) { record['user_id'] = r.who ?? 'ou_lina'; }
      if (r.name !== null && r.who !== null) {
        record['interviewer'] = { id: r.who ?? 'ou_lina', ...(r.name === undefined ? { name: { zh_cn: '李娜', en_us: 'Na Li' } } : { name: r.name }) };
      }
      return record;
    }),
  };
  return parseInterview(json, 'items[0]');
}

/** A scripted service: pages of `interviews()` by offset tokens, names for any application; every call logged. */
export function stubApi(interviews: () => ParsedInterview[], options: { fail?: () => FeishuError | undefined; } = {}) {
  const calls: string[] = [];
  const windows: TimeWindow[] = [];
  const api: QueueApi = {
    async listInterviewsInWindow(window, request = {}) {
      calls.push('list');
      windows.push(window);
      const failure = options.fail?.();
      if (failure) { throw failure; }
      const all = interviews().filter(iv => iv.begin_time! >= window.startMs && iv.begin_time! <= window.endMs);
      const size = request.pageSize ?? 10;
      const offset = Number(request.pageToken ?? 0);
      const items = all.slice(offset, offset + size);
      const more = offset + size < all.length;
      const page: Page<ParsedInterview> = { items, hasMore: more, pageToken: more ? String(offset + size) : undefined, invalid: [] };
      return page;
    },
    async getApplication(id) {
      calls.push(`app ${id}`);
      return { id, raw: {}, talent_id: `t${id}`, job_id: `j${id.slice(-1)}` };
    },
    async getTalent(id) {
      calls.push(`talent ${id}`);
      return { id, raw: {}, name: `Candidate ${id.slice(-2)}` };
    },
    async getJob(id) {
      calls.push(`job ${id}`);
      return { id, raw: {}, title: `Job ${id}` };
    },
  };
  return { api, calls, windows };
}

/** The queue's deps at NOW in Shanghai, English, 14 days. */
export function queueDeps(log: (line: string) => void = () => undefined): QueueModelDeps {
  return { now: () => NOW, lang: () => 'en', locale: () => 'en', timeZone: () => SHANGHAI, t: formatOnly, windowDays: () => 14, log };
}

export function model(api: QueueApi | undefined, overrides: Partial<QueueModelDeps> = {}) {
  const changes = { count: 0 };
  const logs: string[] = [];
  const m = new QueueModel({ ...queueDeps(line => logs.push(line)), ...overrides }, api && connectionFor(api));
  m.onDidChange(() => {
    changes.count++;
  });
  return { m, changes, logs };
}

export const texts = (nodes: QueueNode[]): string[] =>
  nodes.map(n => n.kind === 'message' ? n.text : n.kind === 'interviewer' ? interviewerTitle(n.group, formatOnly) : n.id);

/** An interview with IDs of the test's choosing (a later reply can say the same record was submitted). */
export function fixedInterview(id: string, beginMs: number, records: { id: string; commit: 1 | 2; name: string; }[], applicationId: string): ParsedInterview {
  const json: JsonObject = {
    id,
    begin_time: beginMs,
    end_time: beginMs + HOUR,
    round: 0,
    application_id: applicationId,
    interview_record_list: records.map(r => ({
      id: r.id,
      user_id: `ou_${r.id}`,
      commit_status: r.commit,
      conclusion: r.commit === 1 ? 1 : 4,
      interviewer: { id: `ou_${r.id}`, name: { zh_cn: r.name, en_us: r.name } },
    })),
  };
  return parseInterview(json, 'items[0]');
}

/** The real client against a fake, its clock at NOW. */
export function fakeClient(fake: FakeFeishu, options: { pacing?: false; } = {}): FeishuClient {
  return createFeishuClient({
    baseUrl: fake.baseUrl,
    fetch: nodeFetchTransport,
    credentials: async () => ({ appId: fake.appId, appSecret: fake.appSecret }),
    now: () => NOW,
    ...options,
  });
}
