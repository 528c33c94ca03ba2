import { createServer, type IncomingHttpHeaders, type IncomingMessage, type Server } from 'node:http';
import { once } from 'node:events';
import type { AccessComponents } from '@meshwork/sdk';
import { DataSource } from 'typeorm';
import type { Clock } from '../src/clock';
import { CLOCK } from '../src/clock';
import { NotificationDispatcher } from '../src/notifications/notification-dispatcher';
import { feedSettled, json, jsonBody, type SlaHarness } from './support';

export { feedSettled } from './support';

export type Grant = AccessComponents['schemas']['GrantDto'];
export type AccessRequest = AccessComponents['schemas']['AccessRequestDto'];

/** Settings every notification test runs with: the loop off, local receivers allowed. */
export const NOTIFICATION_ENV = {
  SLA_DISPATCHER: 'off',
  SLA_ALLOW_HTTP_WEBHOOKS: 'true',
  SLA_WEBHOOK_ALLOWED_HOSTS: '127.0.0.1',
  MESHWORK_SERVICE_TOKEN: 'sla-service-token-for-tests',
};

/** Sets the notification settings in the environment the service reads at boot; returns what restores it. */
export function useNotificationEnv(extra: Record<string, string> = {}): () => void {
  const settings: Record<string, string> = { ...NOTIFICATION_ENV, ...extra };
  const previous = Object.fromEntries(Object.keys(settings).map((key) => [key, process.env[key]]));
  Object.assign(process.env, settings);
  return () => {
    for (const [key, value] of Object.entries(previous)) {
      if (value === undefined) delete process.env[key];
      else process.env[key] = value;
    }
  };
}

async function listen(server: Server): Promise<string> {
  server.listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address() as { port: number };
  return `http://127.0.0.1:${port}`;
}

async function close(server: Server): Promise<void> {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
}

export interface Received {
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

/** A webhook receiver: records every POST; `answer` decides the status per path (200 unless told). */
export interface Receiver {
  url: string;
  received: Received[];
  answer: (path: string, attempt: number) => number;
  on(path: string): Received[];
  close(): Promise<void>;
}

export async function startReceiver(): Promise<Receiver> {
  const receiver: Receiver = {
    url: '',
    received: [],
    answer: () => 200,
    on: (path) => receiver.received.filter((r) => r.path === path),
    close: () => close(server),
  };
  const server = createServer((req, res) => {
    let body = '';
    req.setEncoding('utf8');
    req.on('data', (chunk: string) => (body += chunk));
    req.on('end', () => {
      const path = req.url ?? '/';
      receiver.received.push({ path, headers: req.headers, body });
      res.statusCode = receiver.answer(path, receiver.on(path).length);
      if (res.statusCode >= 300 && res.statusCode < 400) res.setHeader('location', '/redirected');
      res.end(res.statusCode === 200 ? 'ok' : 'Service Unavailable');
    });
  });
  receiver.url = await listen(server);
  return receiver;
}

/** A fact of the access service's feed, as GET /v1/events carries it. */
export interface AccessFact {
  type: string;
  subject: string;
  data: Record<string, unknown>;
  time: string;
}

/**
 * Answers GET /v1/events of the access service (after, limit; a short wait when there is nothing new) with the facts
 * published to it, for the service token only. The access contract is mocked at the HTTP boundary only: apps may not
 * import each other, and the facts are those the access service's feed documents.
 */
export interface FakeAccess {
  url: string;
  facts: AccessFact[];
  /** Appends facts to the feed. */
  publish(...facts: AccessFact[]): void;
  /** Queries of GET /v1/events. */
  queries: URLSearchParams[];
  down: boolean;
  close(): Promise<void>;
}

/** `token`: the service token expected, or a function answering it at each request (known only once the service has started). */
export async function startFakeAccess(token: string | (() => string)): Promise<FakeAccess> {
  const access: FakeAccess = { url: '', facts: [], publish: (...facts) => access.facts.push(...facts), queries: [], down: false, close: () => close(server) };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://access');
    const send = (status: number, body: unknown) => {
      if (res.writableEnded || res.destroyed) return;
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(body));
    };
    if (access.down) return send(503, { status: 503, code: 'UNAVAILABLE', title: 'Service unavailable', detail: 'down for the test' });
    if (req.method === 'POST' && url.pathname === '/v1/auth/token') return exchange(req, send);
    if (req.headers.authorization !== `Bearer ${typeof token === 'string' ? token : token()}`) return send(401, { status: 401, code: 'UNAUTHENTICATED', title: 'Authentication required', detail: 'bad token' });
    if (req.method !== 'GET' || url.pathname !== '/v1/events') return send(404, { status: 404, code: 'ROUTE_NOT_FOUND', title: 'No such route', detail: url.pathname });
    access.queries.push(url.searchParams);
    const after = Number(url.searchParams.get('after') ?? 0);
    const limit = Number(url.searchParams.get('limit') ?? 100);
    const answer = () => {
      const items = access.facts.slice(after, after + limit).map((fact, i) => ({
        specversion: '1.0',
        id: String(after + i + 1),
        source: '/meshwork/access',
        type: `io.meshwork.access.${fact.type}.v1`,
        subject: fact.subject,
        time: fact.time,
        datacontenttype: 'application/json',
        data: fact.data,
        cursor: String(after + i + 1),
      }));
      send(200, { items, next: items.length > 0 ? items[items.length - 1].cursor : url.searchParams.get('after') ?? '' });
    };
    if (access.facts.length > after || url.searchParams.get('wait') === null) return answer();
    setTimeout(answer, 100);
  });
  access.url = await listen(server);
  return access;
}

/**
 * POST /v1/auth/token for the fake access service: the API key `mwk_sla_test_key` gets a new JWT-like token each time,
 * valid for 900 s, which becomes the only token the fake accepts (as after a signing key rotation, the older ones get 401).
 */
export const TEST_SERVICE_API_KEY = 'mwk_sla_test_key';
export const exchangedTokens: string[] = [];
function exchange(req: IncomingMessage, send: (status: number, body: unknown) => void): void {
  let body = '';
  req.setEncoding('utf8');
  req.on('data', (chunk: string) => (body += chunk));
  req.on('end', () => {
    const { apiKey } = JSON.parse(body || '{}') as { apiKey?: string };
    if (apiKey !== TEST_SERVICE_API_KEY) return send(401, { status: 401, code: 'UNAUTHENTICATED', title: 'Authentication required', detail: 'unknown API key' });
    exchangedTokens.push(`issued-${exchangedTokens.length + 1}`);
    send(200, { accessToken: exchangedTokens.at(-1), tokenType: 'Bearer', expiresIn: 900 });
  });
}

/** Waits until the SLA service has read every fact published to the fake access service. */
export async function accessFed(h: SlaHarness, access: FakeAccess, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await query<{ cursor: string }>(h, `SELECT "cursor" FROM "sla"."feed_cursors" WHERE "feed" = 'access'`);
    if (row && Number(row.cursor || 0) >= access.facts.length) return;
    if (Date.now() > deadline) throw new Error(`the SLA service did not read the access facts within ${timeoutMs} ms (cursor ${row?.cursor ?? 'none'} of ${access.facts.length})`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** The facts of a grant: grant.approved, and grant.revoked for one no longer active. */
export function grantFacts(g: Grant): AccessFact[] {
  const data = { grantId: g.id, requestId: g.requestId, portUrn: g.portUrn, ownerTeamId: g.ownerTeamId, consumerPrincipalId: g.consumer.principalId ?? null, consumerTeam: g.consumer.team ?? null, fields: g.fields, expiresAt: g.expiresAt };
  const approved = { type: 'grant.approved', subject: g.id, data: { ...data, approvedBy: g.approvedBy }, time: g.createdAt };
  return g.active ? [approved] : [approved, { type: 'grant.revoked', subject: g.id, data: { ...data, revokedBy: 'crm-owner', revokedAt: new Date().toISOString() }, time: new Date().toISOString() }];
}

/** The facts of an access request: access-request.created, and access-request.decided for a decided one. */
export function requestFacts(r: AccessRequest): AccessFact[] {
  const data = { requestId: r.id, portUrn: r.portUrn, ownerTeamId: r.ownerTeamId, consumerPrincipalId: r.consumer.principalId ?? null, consumerTeam: r.consumer.team ?? null, state: 'pending', createdAt: r.createdAt, decidedAt: null };
  const created = { type: 'access-request.created', subject: r.id, data, time: r.createdAt };
  if (!r.decidedAt) return [created];
  return [created, { type: 'access-request.decided', subject: r.id, data: { ...data, state: r.state, decidedAt: r.decidedAt }, time: r.decidedAt }];
}

let grantCount = 0;

/** A grant as GrantDto answers it. */
export function grant(portUrn: string, consumer: Grant['consumer'], active = true): Grant {
  grantCount++;
  const suffix = String(grantCount).padStart(12, '0');
  return {
    id: `9a8b7c6d-5e4f-4a3b-8c2d-${suffix}`,
    requestId: `1f2e3d4c-5b6a-4789-8abc-${suffix}`,
    consumer,
    portUrn,
    ownerTeamId: 'crm-data-team',
    purpose: 'Monthly churn analysis',
    fields: null,
    expiresAt: new Date(Date.now() + (active ? 30 : -1) * 86_400_000).toISOString(),
    approvedBy: ['5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40'],
    active,
    revokedAt: null,
    revokedBy: null,
    revokeReason: null,
    createdAt: new Date().toISOString(),
  };
}

let requestCount = 0;

/** An access request as AccessRequestDto answers it; `decidedAt` set for approved, rejected and cancelled ones. */
export function accessRequest(portUrn: string, state: AccessRequest['state'], decidedAt: Date | null = null): AccessRequest {
  requestCount++;
  const id = `1f2e3d4c-5b6a-4789-8abc-${String(requestCount).padStart(12, '0')}`;
  const [, , domain = '', product = ''] = portUrn.split(':');
  return {
    id,
    state,
    requesterId: '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40',
    consumer: { team: 'billing-team' },
    portUrn,
    domain,
    product,
    ownerTeamId: 'crm-data-team',
    purpose: 'Monthly churn analysis',
    durationDays: 90,
    fields: null,
    steps: [{ level: 1, approvers: ['team:crm-data-team/domain-owner'], approvedBy: null, approvedAt: null }],
    decidedBy: decidedAt ? '5b0e3c1a-8f5d-4c3e-9a51-2f7d1c6b9e40' : null,
    decidedAt: decidedAt ? decidedAt.toISOString() : null,
    decisionReason: null,
    grantId: null,
    // Decided an hour after it was made.
    createdAt: new Date((decidedAt?.getTime() ?? Date.now()) - 3_600_000).toISOString(),
    updatedAt: (decidedAt ?? new Date()).toISOString(),
  };
}

export function dispatcherOf(h: SlaHarness): NotificationDispatcher {
  return h.app.get(NotificationDispatcher);
}

/** Moves the application's clock `ms` ahead of real time (cumulative). */
export function clockMover(h: SlaHarness): (ms: number) => void {
  const clock = h.app.get<symbol, Clock>(CLOCK);
  let offset = 0;
  clock.now = () => new Date(Date.now() + offset);
  return (ms) => {
    offset += ms;
  };
}

export function query<T>(h: SlaHarness, sql: string, params: unknown[] = []): Promise<T[]> {
  return h.app.get(DataSource).query(sql, params) as Promise<T[]>;
}

/** A port the SLA service knows, as a publish leaves it in sla.ports. */
export async function insertPort(h: SlaHarness, urn: string, ownerTeamId: string): Promise<void> {
  const [, , domain, product, port] = urn.split(':');
  await query(
    h,
    `INSERT INTO "sla"."ports" ("urn", "domain", "product", "port_name", "owner_team_id", "contract_id", "contract_version", "product_version", "updated_at") VALUES ($1, $2, $3, $4, $5, NULL, NULL, '1.2.0', now())`,
    [urn, domain, product, port, ownerTeamId],
  );
}

export interface InsertedEvent {
  id: string;
  incidentId: string;
}

/** An incident fact as the evaluator writes it in the service's feed (sla.events) when an incident opens or closes. */
export async function insertEvent(h: SlaHarness, portUrn: string, kind: 'opened' | 'closed' = 'opened'): Promise<InsertedEvent> {
  const [row] = await query<{ id: string; incident_id: string }>(
    h,
    `WITH i AS (SELECT gen_random_uuid() AS "id", gen_random_uuid() AS "slo_id")
     INSERT INTO "sla"."events" ("type", "source", "subject", "data")
     SELECT 'io.meshwork.sla.incident.' || $1 || '.v1', '/meshwork/sla', i."id"::text,
       jsonb_build_object('incident', jsonb_build_object('id', i."id", 'sloId', i."slo_id", 'portUrn', $2::text, 'property', 'freshness', 'openedAt', now(), 'detectedAt', now(), 'closedAt', NULL, 'observed', 26, 'target', 24)) FROM i
     RETURNING "id"::text AS "id", "subject" AS "incident_id"`,
    [kind, portUrn],
  );
  await feedSettled(h);
  return { id: row.id, incidentId: row.incident_id };
}

export interface CreatedSubscription {
  id: string;
  owner: string;
  portUrn: string | null;
  url: string;
  secret: string;
}

/** Creates a subscription (as the admin unless a token is given) and expects 201. */
export async function subscribe(h: SlaHarness, body: Record<string, unknown>, token?: string): Promise<CreatedSubscription> {
  const res = await h.call('/v1/subscriptions', { method: 'POST', ...jsonBody(body, token ? { authorization: `Bearer ${token}` } : {}) });
  if (res.status !== 201) throw new Error(`POST /v1/subscriptions answered ${res.status}: ${await res.text()}`);
  return json<CreatedSubscription>(res);
}
