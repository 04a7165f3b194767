// The same minimal extension written with the official Node SDK (bundle-size comparison).
import * as lark from '@larksuiteoapi/node-sdk';

export async function listAll(baseUrl: string, appId: string, appSecret: string, applicationId: string): Promise<number> {
  const client = new lark.Client({ appId, appSecret, domain: baseUrl, loggerLevel: lark.LoggerLevel.error });
  let count = 0;
  let pageToken: string | undefined;
  // The SDK has no iterator for this endpoint: follow page_token by hand.
  for (;;) {
    const reply = await client.hire.applicationInterview.list({ params: { page_size: 50, page_token: pageToken }, path: { application_id: applicationId } });
    count += reply.data?.items?.length ?? 0;
    if (!reply.data?.has_more || !reply.data.page_token || reply.data.page_token === pageToken) { return count; }
    pageToken = reply.data.page_token;
  }
}
