import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { json, jsonBody, type SlaHarness } from './support';

export const FIXTURES = join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures');
export const PORT = 'urn:meshwork:crm:customers:customers:v1';
export const OWNER_TEAM = 'crm-data-team';
export const MEMBER = { id: 'crm-engineer-1', roles: [], teamRoles: [{ team: OWNER_TEAM, role: 'domain-member' }] };
export const CONSUMER = { id: 'consumer-1', roles: [], teamRoles: [{ team: 'marketing-team', role: 'domain-member' }] };

export interface Slo {
  id: string;
  portUrn: string;
  productUrn: string;
  property: string;
  element: string | null;
  target: { value: number | string; unit: string; seconds?: number; ratio?: number; timeOfDay?: string; max?: number };
  windowSeconds: number;
  monitored: boolean;
  unmonitoredReason: string | null;
  description: string;
  source: 'contract' | 'api';
  status: string;
  statusSince: string;
  nextDueAt: string | null;
  retiredAt: string | null;
}

export interface SloPage {
  items: Slo[];
  total: number;
  limit: number;
  offset: number;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

/** The demo contract as a JSON value. */
export function demoContract(): Record<string, unknown> {
  return parse(readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8')) as Record<string, unknown>;
}

/** The demo product descriptor as a JSON value. */
export function demoProduct(): Record<string, unknown> {
  return parse(readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8')) as Record<string, unknown>;
}

/** What the catalog sends when it publishes the demo product. */
export function demoPublication(overrides: Record<string, unknown> = {}, contract: Record<string, unknown> | null = demoContract()): Record<string, unknown> {
  return { domain: 'crm', name: 'customers', version: '1.2.0', ownerTeamId: OWNER_TEAM, ports: [{ urn: PORT, name: 'customers', contract }], ...overrides };
}

export function bearer(token: string): Record<string, string> {
  return { authorization: `Bearer ${token}` };
}

export async function publish(h: SlaHarness, body: Record<string, unknown>, headers: Record<string, string> = {}): Promise<Response> {
  return h.call('/v1/products/published', { method: 'POST', ...jsonBody(body, headers) });
}

export async function portSlos(h: SlaHarness, urn = PORT): Promise<Slo[]> {
  const res = await h.call(`/v1/ports/${encodeURIComponent(urn)}/slos?limit=200`);
  if (res.status !== 200) throw new Error(`GET slos of ${urn}: ${res.status} ${await res.text()}`);
  return (await json<SloPage>(res)).items;
}

/** Polls `read` until it answers something other than undefined; fails naming `what` after `seconds`. */
export async function until<T>(read: () => Promise<T | undefined>, what: string, seconds = 30): Promise<T> {
  const deadline = Date.now() + seconds * 1000;
  for (;;) {
    const value = await read();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not within ${seconds} s`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
