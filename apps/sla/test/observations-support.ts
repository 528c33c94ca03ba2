import { jsonBody, type SlaHarness } from './support';

export const URN = 'urn:meshwork:crm:customers:customers:v1';
export const OTHER_URN = 'urn:meshwork:crm:orders:orders:v2';

export interface BatchResult {
  accepted: number;
  duplicates: number;
}

export interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

/** An ISO instant `minutes` from now (negative: in the past). */
export function minutesFromNow(minutes: number): string {
  return new Date(Date.now() + minutes * 60_000).toISOString();
}

export function report(h: SlaHarness, observations: unknown[], token?: string): Promise<Response> {
  return h.call('/v1/observations', { method: 'POST', ...jsonBody({ observations }, token ? { authorization: `Bearer ${token}` } : {}) });
}
