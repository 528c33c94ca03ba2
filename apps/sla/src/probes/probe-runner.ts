import { performance } from 'node:perf_hooks';
import { Injectable } from '@nestjs/common';
import { resolveOutbound, sendPinned } from '@meshwork/platform';
import type { ProbeEntity } from './probe.entity';
import { ProbeSettings } from './probe-settings';

/** Bytes of an answer read at most: enough for an error text, never a whole page. */
export const MAX_PROBE_BODY = 4096;
const MAX_ERROR = 1000;

/** What one run of a probe found. `counted`: whether it measured the port (false when the URL was refused). */
export interface ProbeOutcome {
  success: boolean;
  statusCode: number | null;
  latencyMs: number | null;
  error: string | null;
  counted: boolean;
}

/** Why a URL may not be probed, or undefined when its form is fine (the host is checked on its own). */
export function urlProblem(url: URL): string | undefined {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'its scheme must be http or https';
  if (url.username || url.password) return 'it may not carry credentials';
  return undefined;
}

/**
 * Runs one HTTP probe: the URL is checked again (its host's addresses may have changed since it was stored), the
 * connection goes to the checked address, redirects are not followed, the answer's body is read up to 4 KB, and the
 * probe's timeout bounds the whole exchange.
 */
@Injectable()
export class ProbeRunner {
  constructor(private readonly settings: ProbeSettings) {}

  async run(probe: Pick<ProbeEntity, 'url' | 'method' | 'timeoutMs' | 'expectedStatusMin' | 'expectedStatusMax'>): Promise<ProbeOutcome> {
    const url = new URL(probe.url);
    const problem = urlProblem(url);
    if (problem) return refused(problem);
    const verdict = await resolveOutbound(url.hostname, this.settings.rules);
    if (!verdict.allowed) return verdict.kind === 'refused' ? refused(verdict.reason) : failed(null, null, verdict.reason);
    const started = performance.now();
    try {
      const answer = await sendPinned(url, verdict.addresses[0], { method: probe.method, headers: { accept: '*/*' }, timeoutMs: probe.timeoutMs, maxBodyBytes: MAX_PROBE_BODY, userAgent: 'meshwork-sla' });
      const latencyMs = Math.round(performance.now() - started);
      if (answer.status >= probe.expectedStatusMin && answer.status <= probe.expectedStatusMax) return { success: true, statusCode: answer.status, latencyMs, error: null, counted: true };
      if (answer.status >= 300 && answer.status < 400) {
        const location = typeof answer.headers.location === 'string' ? ` to ${answer.headers.location}` : '';
        return failed(answer.status, latencyMs, `redirect not followed (answered ${answer.status}${location})`);
      }
      return failed(answer.status, latencyMs, `answered ${answer.status}, expected ${probe.expectedStatusMin}–${probe.expectedStatusMax}${answer.text ? `: ${answer.text}` : ''}`);
    } catch (error) {
      return failed(null, null, error instanceof Error ? error.message : String(error));
    }
  }
}

function failed(statusCode: number | null, latencyMs: number | null, error: string): ProbeOutcome {
  return { success: false, statusCode, latencyMs, error: error.slice(0, MAX_ERROR), counted: true };
}

/** Nothing was measured: the port is not held to it. */
function refused(reason: string): ProbeOutcome {
  return { success: false, statusCode: null, latencyMs: null, error: `refused: ${reason}`.slice(0, MAX_ERROR), counted: false };
}
