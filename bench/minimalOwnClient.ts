// A minimal extension that lists an application's interviews with our client (bundle-size comparison).
import { createFeishuClient } from '../src/feishu/feishuClient';
import { nodeFetchTransport } from '../src/feishu/nodeFetchTransport';
import { collectAll } from '../src/feishu/pager';

export async function listAll(baseUrl: string, appId: string, appSecret: string, applicationId: string): Promise<number> {
  const client = createFeishuClient({ baseUrl, fetch: nodeFetchTransport, credentials: async () => ({ appId, appSecret }) });
  const all = await collectAll((pageToken, signal) => client.hire.listInterviews(applicationId, { pageToken, pageSize: 50, signal }), 'interviews');
  return all.items.length;
}
