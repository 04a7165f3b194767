// The official SDK reading one page at a time, for the CPU-per-page comparison: the same endpoint, page
// size and page_token chain as our client, restarting at the first page when the chain ends.
import * as lark from '@larksuiteoapi/node-sdk';

export function sdkPageReader(baseUrl: string, appId: string, appSecret: string, applicationId: string): () => Promise<number> {
  // A cache of its own: the SDK's default one is process-wide, keyed by app ID, and another fake of the
  // benchmark with the same app ID issued the token it holds.
  const entries = new Map<unknown, { value: unknown; expire?: number; }>();
  const cache = {
    set: async (key: unknown, value: unknown, expire?: number): Promise<boolean> => {
      entries.set(key, { value, expire });
      return true;
    },
    get: async (key: unknown): Promise<unknown> => {
      const entry = entries.get(key);
      return entry && (entry.expire === undefined || entry.expire > Date.now()) ? entry.value : undefined;
    },
  };
  const client = new lark.Client({ appId, appSecret, domain: baseUrl, loggerLevel: lark.LoggerLevel.error, cache });
  let pageToken: string | undefined;
  return async () => {
    const reply = await client.hire.applicationInterview.list({ params: { page_size: 50, page_token: pageToken }, path: { application_id: applicationId } });
    pageToken = reply.data?.has_more ? reply.data.page_token : undefined;
    return reply.data?.items?.length ?? 0;
  };
}
