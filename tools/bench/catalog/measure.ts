import autocannon from 'autocannon';

export interface ScenarioResult {
  label: string;
  seconds: number;
  ok: number;
  /** Answers other than 2xx, by status code. */
  failures: Map<number, number>;
  errors: number;
  timeouts: number;
  /** Latency percentiles in ms over 2xx answers only; undefined when there were none. */
  p50?: number;
  p95?: number;
  p99?: number;
  max?: number;
}

export interface LoadOptions {
  base: string;
  headers: Record<string, string>;
  seconds: number;
  connections: number;
  /** Seconds to wait for an answer before autocannon counts a timeout. */
  timeout: number;
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];
}

const round = (ms: number): number => Math.round(ms * 10) / 10;

function summarise(label: string, result: autocannon.Result, latencies: number[], failures: Map<number, number>): ScenarioResult {
  const sorted = [...latencies].sort((a, b) => a - b);
  const base = { label, seconds: result.duration, ok: sorted.length, failures, errors: result.errors, timeouts: result.timeouts };
  if (sorted.length === 0) return base;
  return { ...base, p50: round(percentile(sorted, 50)), p95: round(percentile(sorted, 95)), p99: round(percentile(sorted, 99)), max: round(sorted[sorted.length - 1]) };
}

/**
 * GETs `paths` in rotation for `seconds`. autocannon reports no p95, so latencies are kept from its response
 * events; only 2xx answers count toward them.
 */
export function runScenario(label: string, paths: string[], options: LoadOptions): Promise<ScenarioResult> {
  let next = 0;
  const latencies: number[] = [];
  const failures = new Map<number, number>();
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.base,
        connections: options.connections,
        duration: options.seconds,
        timeout: options.timeout,
        requests: [{ method: 'GET', headers: options.headers, setupRequest: (req: autocannon.Request) => ({ ...req, path: paths[next++ % paths.length] }) }],
      },
      (error: Error | null, result: autocannon.Result) => (error ? reject(error) : resolve(summarise(label, result, latencies, failures))),
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failures.set(status, (failures.get(status) ?? 0) + 1);
    });
  });
}

/** Non-2xx answers plus connection errors. */
export function failedCount(result: ScenarioResult): number {
  return [...result.failures.values()].reduce((a, b) => a + b, 0) + result.errors;
}

export function describeResult(result: ScenarioResult): string {
  const failed = [...result.failures.entries()].map(([status, count]) => `${count} × ${status}`).join(', ');
  const lines = [
    `\n${result.label}`,
    `  req/s (2xx): ${(result.ok / result.seconds).toFixed(1)}  (${result.ok} ok in ${result.seconds.toFixed(1)} s)`,
    result.p50 === undefined ? '  latency ms: no 2xx answers' : `  latency ms: p50 ${result.p50}  p95 ${result.p95}  p99 ${result.p99}  max ${result.max}`,
  ];
  if (failed) lines.push(`  NON-2XX: ${failed}`);
  if (result.errors > 0) lines.push(`  connection errors: ${result.errors} (timeouts ${result.timeouts})`);
  return lines.join('\n');
}
