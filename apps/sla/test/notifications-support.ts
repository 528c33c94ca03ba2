import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import { once } from 'node:events';
import type { AccessComponents } from '@meshwork/sdk';
import { DataSource } from 'typeorm';
import type { Clock } from '../src/clock';
import { CLOCK } from '../src/clock';
import { NotificationDispatcher } from '../src/notifications/notification-dispatcher';
import { feedSettled, json, jsonBody, type SlaHarness } from './support';

export { feedSettled } from './support';

export type Grant = AccessComponents['schemas']['GrantDto'];
type GrantPage = AccessComponents['schemas']['GrantPageDto'];
export type AccessRequest = AccessComponents['schemas']['AccessRequestDto'];
type AccessRequestPage = AccessComponents['schemas']['AccessRequestPageDto'];

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

/**
 * Answers GET /v1/grants (GrantQueryDto in, GrantPageDto out, `active=true` keeping grants in force) and
 * GET /v1/access-requests (portUrn, state and decidedAfter filters, AccessRequestPageDto out) as the access service
 * does, for the service token only. The access contract is mocked at the HTTP boundary only: apps may not import each
 * other, and the shapes come from the access service's OpenAPI document.
 */
export interface FakeAccess {
  url: string;
  grants: Grant[];
  requests: AccessRequest[];
  /** Queries of GET /v1/grants. */
  queries: URLSearchParams[];
  /** Queries of GET /v1/access-requests. */
  requestQueries: URLSearchParams[];
  down: boolean;
  close(): Promise<void>;
}

/** `token`: the service token expected, or a function answering it at each request (known only once the service has started). */
export async function startFakeAccess(token: string | (() => string)): Promise<FakeAccess> {
  const access: FakeAccess = { url: '', grants: [], requests: [], queries: [], requestQueries: [], down: false, close: () => close(server) };
  const server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', 'http://access');
    const send = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': status === 200 ? 'application/json' : 'application/problem+json' });
      res.end(JSON.stringify(body));
    };
    if (access.down) return send(503, { status: 503, code: 'UNAVAILABLE', title: 'Service unavailable', detail: 'down for the test' });
    if (req.headers.authorization !== `Bearer ${typeof token === 'string' ? token : token()}`) return send(401, { status: 401, code: 'UNAUTHENTICATED', title: 'Authentication required', detail: 'bad token' });
    const limit = Number(url.searchParams.get('limit') ?? 50);
    const offset = Number(url.searchParams.get('offset') ?? 0);
    if (req.method === 'GET' && url.pathname === '/v1/access-requests') {
      access.requestQueries.push(url.searchParams);
      const [portUrn, state, decidedAfter] = ['portUrn', 'state', 'decidedAfter'].map((key) => url.searchParams.get(key));
      const matching = access.requests.filter(
        (r) => (portUrn === null || r.portUrn === portUrn) && (state === null || r.state === state) && (decidedAfter === null || (typeof r.decidedAt === 'string' && new Date(r.decidedAt) >= new Date(decidedAfter))),
      );
      const page: AccessRequestPage = { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset };
      return send(200, page);
    }
    if (req.method !== 'GET' || url.pathname !== '/v1/grants') return send(404, { status: 404, code: 'ROUTE_NOT_FOUND', title: 'No such route', detail: url.pathname });
    access.queries.push(url.searchParams);
    const portUrn = url.searchParams.get('portUrn');
    const active = url.searchParams.get('active');
    const matching = access.grants.filter((g) => (portUrn === null || g.portUrn === portUrn) && (active === null || g.active === (active === 'true')));
    const page: GrantPage = { items: matching.slice(offset, offset + limit), total: matching.length, limit, offset };
    return send(200, page);
  });
  access.url = await listen(server);
  return access;
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
    createdAt: new Date(0).toISOString(),
    updatedAt: new Date(0).toISOString(),
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
