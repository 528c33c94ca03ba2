import { MeshError, type SlaComponents } from '@meshwork/sdk';
import { type Command, integerOption, stringOption } from '../command';
import type { Context } from '../context';
import { ExitCode, usageError } from '../exit-codes';

type ObservationInput = SlaComponents['schemas']['ObservationInputDto'];

interface Line {
  line: number;
  observation: Record<string, unknown>;
}

export interface ReportResult {
  /** Observations stored now. */
  accepted: number;
  /** Observations the service already had (same port and id): not counted twice. */
  duplicates: number;
  rejected: number;
  /** One entry per rejected line (at most the first 100 reasons of a line are kept). */
  errors: { line: number; pointer?: string; message: string }[];
}

const OBSERVATION_POINTER = /^\/observations\/(\d+)(\/.*)?$/;

/** The lines of standard input that are observations; the others are rejected on the spot. */
async function readLines(ctx: Context, defaultPort: string | undefined, result: ReportResult): Promise<Line[]> {
  const lines: Line[] = [];
  let number = 0;
  for await (const text of ctx.io.stdinLines()) {
    number++;
    if (!text.trim()) continue;
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch (error) {
      result.errors.push({ line: number, message: `not JSON: ${(error as Error).message}` });
      continue;
    }
    if (typeof value !== 'object' || value === null || Array.isArray(value)) {
      result.errors.push({ line: number, message: `an observation is a JSON object, not ${Array.isArray(value) ? 'an array' : value === null ? 'null' : typeof value}` });
      continue;
    }
    const observation = value as Record<string, unknown>;
    if (defaultPort !== undefined && observation.portUrn === undefined) observation.portUrn = defaultPort;
    lines.push({ line: number, observation });
  }
  return lines;
}

/**
 * Sends one batch; a refusal that names observations by pointer rejects those lines and the rest is sent again (the
 * service stores a batch whole or refuses it whole).
 */
async function sendBatch(ctx: Context, batch: Line[], result: ReportResult): Promise<void> {
  const sla = ctx.mesh('report').sla;
  let pending = batch;
  while (pending.length) {
    try {
      const stored = await sla.reportObservations({ body: { observations: pending.map((l) => l.observation as unknown as ObservationInput) } });
      result.accepted += stored.accepted;
      result.duplicates += stored.duplicates;
      return;
    } catch (error) {
      if (!(error instanceof MeshError) || error.kind !== 'http' || (error.status ?? 500) >= 500) throw error;
      const bad = new Map<number, { pointer: string; message: string }[]>();
      for (const fieldError of error.fieldErrors) {
        const match = OBSERVATION_POINTER.exec(fieldError.pointer);
        if (!match || Number(match[1]) >= pending.length) continue;
        const index = Number(match[1]);
        bad.set(index, [...(bad.get(index) ?? []), { pointer: match[2] || '/', message: fieldError.detail }]);
      }
      if (!bad.size) throw error;
      for (const [index, reasons] of bad) for (const reason of reasons) result.errors.push({ line: pending[index].line, ...reason });
      pending = pending.filter((_, index) => !bad.has(index));
    }
  }
}

export const reportCommand: Command = {
  name: 'report',
  summary: 'Report observations (refreshes, checks, runs) to SLA monitoring from JSON lines on standard input',
  args: '[--port <urn>] [--batch-size <n>] < observations.jsonl',
  description: [
    'Reads one observation per line of standard input, as JSON: {"portUrn", "kind": "refresh"|"check"|"run", "at",',
    '"id"?, "success"?, "rowCount"?, "errorCount"?, "oldestRecordAt"?}, and sends them to SLA monitoring in batches.',
    'Prints how many were accepted, how many the service already had (duplicates, by port and id), and each rejected',
    'line with its number and reason. Exit code 1 when any line was rejected (the others are still stored).',
  ].join('\n'),
  options: {
    port: { type: 'string', value: '<urn>', description: 'The output port of the lines that name none.' },
    'batch-size': { type: 'string', value: '<n>', description: 'Observations per request, 1 to 10000 (default 1000).' },
  },
  positionals: { min: 0, max: 0, names: 'no arguments (observations come on standard input)' },
  examples: [
    `echo '{"portUrn":"urn:meshwork:crm:customers:customers:v1","kind":"refresh","at":"2026-11-26T04:00:00Z","rowCount":120000}' | meshwork report`,
    'meshwork report --port urn:meshwork:crm:customers:customers:v1 < observations.jsonl',
    'my-pipeline --emit-observations | meshwork report --output json',
  ],
  async run(ctx, { values }) {
    if (ctx.io.stdinIsTty) throw usageError('report reads observations from standard input: pipe JSON lines into it', 'Run `meshwork report --help`.');
    const batchSize = integerOption(values, 'batch-size', { min: 1, max: 10_000 }) ?? 1000;
    const result: ReportResult = { accepted: 0, duplicates: 0, rejected: 0, errors: [] };
    const lines = await readLines(ctx, stringOption(values, 'port'), result);
    for (let start = 0; start < lines.length; start += batchSize) await sendBatch(ctx, lines.slice(start, start + batchSize), result);
    result.errors.sort((a, b) => a.line - b.line);
    result.rejected = new Set(result.errors.map((e) => e.line)).size;
    ctx.emit(result, (r) => [
      `accepted ${r.accepted}, duplicates ${r.duplicates}, rejected ${r.rejected}`,
      ...r.errors.map((e) => `  line ${e.line}: ${e.pointer && e.pointer !== '/' ? `${e.pointer}: ` : ''}${e.message}`),
    ]);
    return result.rejected ? ExitCode.FAILED : ExitCode.OK;
  },
};
