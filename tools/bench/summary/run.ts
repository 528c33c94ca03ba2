/**
 * Runs every benchmark of tools/bench one after the other with short settings and writes one summary table, with each
 * benchmark's printed figures, to tools/bench/results/latest.md (the machine noted at the top).
 *   npm run bench [-- --products 2000 --seconds 5 --soak-seconds 30]
 * `--products` sizes the catalog benchmark; `--seconds` is each load's duration; `--soak-seconds` the soak's. Each
 * benchmark takes DATABASE_URL as it does alone (a scratch database on that server, otherwise an embedded PostgreSQL).
 * Exits non-zero when a benchmark fails, after writing the table.
 */
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { join, resolve } from 'node:path';
import { runMain } from '../../support/run-main';
import { flag, log } from '../support/load';

const root = resolve(__dirname, '..', '..', '..');
const RESULTS = join(root, 'tools', 'bench', 'results', 'latest.md');
const KEPT_LINES = 60;

interface Bench {
  name: string;
  script: string;
  args: string[];
  /** What the benchmark measures, in the table. */
  what: string;
}

interface Outcome {
  bench: Bench;
  code: number | null;
  seconds: number;
  lines: string[];
}

function benches(products: number, seconds: number, soakSeconds: number): Bench[] {
  const s = String(seconds);
  return [
    { name: 'catalog', script: 'catalog', args: ['--products', String(products), '--seconds', s, '--warmup', '1'], what: 'search, resolve and lineage on a seeded catalog' },
    { name: 'publish', script: 'publish', args: ['--seconds', s], what: 'PUT of a 40-field product with two contracts' },
    { name: 'evaluate', script: 'evaluate', args: ['--seconds', s], what: 'POST /v1/evaluations (governance)' },
    { name: 'decisions', script: 'decisions', args: ['--seconds', s], what: 'POST /v1/decisions (access)' },
    { name: 'local-decisions', script: 'local-decisions', args: ['--seconds', s, '--iterations', '200000'], what: 'the SDK local enforcer' },
    { name: 'observations', script: 'observations', args: ['--seconds', s], what: 'POST /v1/observations, batches of 1,000' },
    { name: 'slos', script: 'evaluate-slos', args: ['--slos', '10000'], what: 'an SLO evaluation pass' },
    { name: 'sdk-size', script: 'sdk-size', args: [], what: 'the SDK bundle size' },
    { name: 'soak', script: 'soak', args: ['--seconds', String(soakSeconds), '--warmup', '5'], what: 'the mixed workload on all four services, RSS before and after' },
  ];
}

function runBench(bench: Bench): Promise<Outcome> {
  const started = performance.now();
  const child = spawn(process.execPath, ['-r', join(root, 'tools/swc/register.js'), join(root, 'tools/bench', bench.script, 'run.ts'), ...bench.args], {
    cwd: root,
    env: process.env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const keep = (chunk: Buffer) => {
    output += chunk.toString();
    process.stdout.write(chunk);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  return new Promise((done) => {
    child.on('close', (code) => {
      const lines = output.split('\n').filter((line) => line.trim() !== '' && !line.startsWith('{"level"'));
      done({ bench, code, seconds: (performance.now() - started) / 1000, lines: lines.slice(-KEPT_LINES) });
    });
  });
}

/** One line of figures for the table: the last target verdict or rate the benchmark printed, else its last line with a number (stack frames left out). */
function headline(outcome: Outcome): string {
  const figures = outcome.lines.filter((line) => /\d/.test(line) && !line.startsWith('|') && !/^\s*at /.test(line));
  const verdicts = figures.filter((line) => /target|\/s\b|soak:/.test(line));
  const chosen = outcome.code === 0 ? (verdicts.at(-1) ?? figures.at(-1)) : outcome.lines.find((line) => /error/i.test(line));
  return (chosen ?? '').trim().replace(/\|/g, '/').slice(0, 200);
}

function machine(): string {
  const cpu = cpus();
  return `${cpu.length} × ${cpu[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 2 ** 30).toFixed(1)} GiB, Node ${process.version}, ${process.platform}; load average at start ${loadavg()
    .map((l) => l.toFixed(1))
    .join(' / ')}`;
}

function markdown(outcomes: Outcome[], startedAt: Date, host: string, settings: string): string {
  const out = [
    '# Benchmarks: latest run',
    '',
    `Written by \`npm run bench\` (tools/bench/summary/run.ts) on ${startedAt.toISOString()}, ${settings}.`,
    '',
    `Machine: ${host}. The figures are this machine's at this moment; compare runs on one machine only.`,
    '',
    '| benchmark | measures | result | wall s | last figures |',
    '|---|---|---|---:|---|',
    ...outcomes.map((o) => `| ${o.bench.name} | ${o.bench.what} | ${o.code === 0 ? 'ok' : `FAILED (exit ${o.code})`} | ${o.seconds.toFixed(0)} | ${headline(o)} |`),
    '',
  ];
  for (const o of outcomes) {
    out.push(`## ${o.bench.name}`, '', `\`npm run bench:${o.bench.name} -- ${o.bench.args.join(' ')}\``.replace(/ -- `$/, '`'), '', '```', ...o.lines, '```', '');
  }
  return out.join('\n');
}

runMain(async () => {
  const products = flag('products', 2000);
  const seconds = flag('seconds', 5);
  const soakSeconds = flag('soak-seconds', 30);
  const startedAt = new Date();
  const host = machine();
  const outcomes: Outcome[] = [];
  for (const bench of benches(products, seconds, soakSeconds)) {
    log(`\n=== bench ${bench.name} ===`);
    outcomes.push(await runBench(bench));
  }
  mkdirSync(join(root, 'tools', 'bench', 'results'), { recursive: true });
  writeFileSync(RESULTS, markdown(outcomes, startedAt, host, `--products ${products} --seconds ${seconds} --soak-seconds ${soakSeconds}`));
  log(`\nwrote ${RESULTS}`);
  const failed = outcomes.filter((o) => o.code !== 0).map((o) => o.bench.name);
  if (failed.length > 0) log(`failed: ${failed.join(', ')}`);
  return failed.length === 0 ? 0 : 1;
});
