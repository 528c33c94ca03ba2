/**
 * Closed-loop and fixed-rate HTTP load with autocannon, and the figures every benchmark prints: throughput and
 * p50/p95/p99 of the 2xx answers.
 */
import autocannon from 'autocannon';

export interface Result {
  label: string;
  seconds: number;
  ok: number;
  failed: number;
  p50: number;
  p95: number;
  p99: number;
}

export function flag(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  if (i < 0) return fallback;
  const value = Number(process.argv[i + 1]);
  if (!Number.isInteger(value) || value < 1) throw new Error(`--${name} needs a whole number of at least 1, got ${process.argv[i + 1]}`);
  return value;
}

export const log = (line: string): void => void process.stdout.write(`${line}\n`);

export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return Number.NaN;
  return Math.round(sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] * 100) / 100;
}

export interface Load {
  url: string;
  method: 'GET' | 'POST';
  headers: Record<string, string>;
  bodies?: string[];
  connections: number;
  seconds: number;
  overallRate?: number;
}

/** autocannon reports no p95 and rounds to whole ms, so latencies of 2xx answers are kept from its events. */
export function load(label: string, options: Load): Promise<Result> {
  let next = 0;
  const latencies: number[] = [];
  let failed = 0;
  const bodies = options.bodies;
  return new Promise((resolve, reject) => {
    const instance = autocannon(
      {
        url: options.url,
        connections: options.connections,
        duration: options.seconds,
        overallRate: options.overallRate,
        requests: [{ method: options.method, headers: options.headers, setupRequest: (req: autocannon.Request) => (bodies ? { ...req, body: bodies[next++ % bodies.length] } : req) }],
      },
      (error: Error | null, result: autocannon.Result) => {
        if (error) return reject(error);
        const sorted = latencies.sort((a, b) => a - b);
        resolve({ label, seconds: result.duration, ok: sorted.length, failed: failed + result.errors, p50: percentile(sorted, 50), p95: percentile(sorted, 95), p99: percentile(sorted, 99) });
      },
    );
    instance.on('response', (_client, status, _bytes, ms) => {
      if (status >= 200 && status < 300) latencies.push(ms);
      else failed++;
    });
  });
}

export const rate = (r: Result): number => r.ok / r.seconds;

