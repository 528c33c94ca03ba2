/** One CloudEvent as `GET /v1/events` answers it. */
export interface FeedItem {
  specversion: string;
  id: string;
  source: string;
  type: string;
  subject: string;
  time: string;
  datacontenttype: string;
  data: Record<string, unknown>;
  cursor: string;
}

export interface FeedAnswer {
  items: FeedItem[];
  next: string;
}

type Call = (path: string, init?: RequestInit) => Promise<Response>;

/** One page of a service's feed; throws on anything but 200. */
export async function readFeed(call: Call, query: { after?: string; types?: string[]; limit?: number; wait?: number } = {}): Promise<FeedAnswer> {
  const params = new URLSearchParams();
  if (query.after) params.set('after', query.after);
  if (query.types) params.set('types', query.types.join(','));
  if (query.limit !== undefined) params.set('limit', String(query.limit));
  if (query.wait !== undefined) params.set('wait', String(query.wait));
  const res = await call(`/v1/events?${params.toString()}`);
  if (res.status !== 200) throw new Error(`GET /v1/events: ${res.status} ${await res.text()}`);
  return (await res.json()) as FeedAnswer;
}

/** Every event of the feed from `after` on, page by page, until a page comes back empty. */
export async function readWholeFeed(call: Call, query: { after?: string; types?: string[]; limit?: number } = {}): Promise<FeedAnswer> {
  const items: FeedItem[] = [];
  let after = query.after;
  for (;;) {
    const page = await readFeed(call, { ...query, after });
    items.push(...page.items);
    after = page.next;
    if (page.items.length === 0) return { items, next: page.next };
  }
}
