// Opaque page tokens and the shape of a page, with the paging quirks of contract section 6.
import type { FakeSwitches } from './switches';
import type { Json, JsonObject } from './wire';

interface Cursor {
  offset: number;
  afterEmpty: boolean;
}

/**
 * A token is base64url JSON bound to a scope (endpoint + application or filters): a token from
 * another application or other filters does not decode.
 */
export function encodePageToken(scope: string, offset: number, afterEmpty = false): string {
  const cursor: { s: string; o: number; e?: 1; } = { s: scope, o: offset };
  if (afterEmpty) { cursor.e = 1; }
  return Buffer.from(JSON.stringify(cursor)).toString('base64url');
}

/** The cursor of a token, or undefined when it is not one of ours for this scope and list. */
export function decodePageToken(token: string, scope: string, total: number): Cursor | undefined {
  if (!/^[A-Za-z0-9_-]+$/.test(token)) { return undefined; }
  let value: unknown;
  try {
    value = JSON.parse(Buffer.from(token, 'base64url').toString('utf8'));
  } catch {
    return undefined;
  }
  if (typeof value !== 'object' || value === null) { return undefined; }
  const cursor = value as { s?: unknown; o?: unknown; e?: unknown; };
  if (cursor.s !== scope || typeof cursor.o !== 'number' || !Number.isInteger(cursor.o) || cursor.o < 0 || cursor.o > total) {
    return undefined;
  }
  return { offset: cursor.o, afterEmpty: cursor.e === 1 };
}

export interface PageRequest {
  scope: string;
  total: number;
  pageSize: number;
  /** The page_token as received (already checked by decodePageToken). */
  token?: string;
  cursor?: Cursor;
}

/** `data` of a list reply: items from `itemAt`, then has_more / page_token as the switches say. */
export function pageData(request: PageRequest, switches: FakeSwitches, itemAt: (index: number) => Json): JsonObject {
  const { offset, afterEmpty } = request.cursor ?? { offset: 0, afterEmpty: false };
  // Quirks that need a token in hand show from the second page on.
  if (switches.emptyPageWithHasMore && request.token !== undefined && !afterEmpty) {
    return shape([], true, encodePageToken(request.scope, offset, true), switches);
  }
  const end = Math.min(request.total, offset + request.pageSize);
  const items: Json[] = [];
  for (let i = offset; i < end; i++) { items.push(itemAt(i)); }
  if (end < request.total || (switches.repeatedToken && request.token !== undefined)) {
    if (switches.repeatedToken && request.token !== undefined) { return shape(items, true, request.token, switches); }
    return shape(items, true, switches.emptyTokenWithHasMore ? '' : encodePageToken(request.scope, end), switches);
  }
  if (switches.tokenWithHasMoreFalse) { return shape(items, false, encodePageToken(request.scope, request.total), switches); }
  return shape(items, false, switches.emptyTokenOnLastPage ? '' : undefined, switches);
}

function shape(items: Json[], hasMore: boolean, pageToken: string | undefined, switches: FakeSwitches): JsonObject {
  let list: Json = items;
  if (items.length === 0 && switches.itemsAbsent) { list = undefined; } else if (items.length === 0 && switches.itemsNull) { list = null; }
  return { page_token: pageToken, has_more: hasMore, items: list };
}
