import type { CatalogClient } from './catalog-client';
import type { Probe } from './scenarios';

const PER_KIND = 5;

interface KindTiming {
  kind: string;
  median: number;
  max: number;
  statuses: string;
}

async function time(client: CatalogClient, path: string): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const { status } = await client.send('GET', path);
  return { ms: performance.now() - started, status };
}

async function timeKind(client: CatalogClient, kind: string, probes: Probe[]): Promise<KindTiming> {
  const runs: { ms: number; status: number }[] = [];
  for (const probe of probes.slice(0, PER_KIND)) runs.push(await time(client, probe.path));
  const sorted = runs.map((r) => r.ms).sort((a, b) => a - b);
  const statuses = [...new Set(runs.map((r) => r.status))].join('/');
  return { kind, median: sorted[Math.floor(sorted.length / 2)], max: sorted[sorted.length - 1], statuses };
}

/** Times a few requests of each kind one at a time, without load, to show which kind costs what. */
export async function probeKinds(client: CatalogClient, label: string, probes: Probe[], log: (line: string) => void): Promise<void> {
  const byKind = new Map<string, Probe[]>();
  for (const probe of probes) byKind.set(probe.kind, [...(byKind.get(probe.kind) ?? []), probe]);
  log(`\n${label}: single requests without load, up to ${PER_KIND} per kind (ms)`);
  log(`  ${'kind'.padEnd(36)} ${'median'.padStart(8)} ${'max'.padStart(8)}  status`);
  for (const [kind, list] of [...byKind.entries()].sort(([a], [b]) => a.localeCompare(b))) {
    const t = await timeKind(client, kind, list);
    log(`  ${kind.padEnd(36)} ${t.median.toFixed(1).padStart(8)} ${t.max.toFixed(1).padStart(8)}  ${t.statuses}`);
  }
}
