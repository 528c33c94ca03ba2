import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { STARTER_POLICIES } from '@meshwork/policies';
import type { PolicyBundle } from '@meshwork/sdk';
import { parse, stringify } from 'yaml';
import { run } from '../src/cli';
import type { CliIo } from '../src/io';

/** One request the fake mesh received. */
export interface FakeCall {
  method: string;
  url: URL;
  headers: Headers;
  body: unknown;
}

export interface FakeAnswer {
  status?: number;
  body?: unknown;
  headers?: Record<string, string>;
}

export type FakeHandler = (call: FakeCall) => FakeAnswer | undefined | Promise<FakeAnswer | undefined>;

/** A fetch that answers from `handler` (501 for what it does not handle) and records every call. */
export function fakeFetch(handler: FakeHandler): { fetch: typeof fetch; calls: FakeCall[] } {
  const calls: FakeCall[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
    const request = new Request(input, init);
    const text = await request.text();
    const call = { method: request.method, url: new URL(request.url), headers: request.headers, body: text ? (JSON.parse(text) as unknown) : undefined };
    calls.push(call);
    const answer = (await handler(call)) ?? problem(501, 'Not Implemented', `the fake mesh has no answer for ${call.method} ${call.url.pathname}`);
    const status = answer.status ?? 200;
    const body = answer.body === undefined || status === 204 || status === 304 ? null : JSON.stringify(answer.body);
    const type = status >= 400 ? 'application/problem+json' : 'application/json';
    return new Response(body, { status, headers: { 'content-type': type, ...answer.headers } });
  };
  return { fetch: fetchImpl as typeof fetch, calls };
}

export function problem(status: number, title: string, detail: string, extra: { code?: string; errors?: { pointer: string; detail: string }[] } = {}): FakeAnswer {
  return { status, body: { type: 'about:blank', title, status, detail, ...(extra.code ? { code: extra.code } : {}), ...(extra.errors ? { errors: extra.errors.map((e) => ({ location: 'body', ...e })) } : {}) } };
}

/** An unsigned JWT naming `sub` (the CLI reads it, the services would verify it). */
export function fakeJwt(sub: string): string {
  const part = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
  return `${part({ alg: 'EdDSA', typ: 'JWT' })}.${part({ sub, exp: 4102444800 })}.c2lnbmF0dXJl`;
}

export interface TestIo extends CliIo {
  home: string;
  out(): string;
  err(): string;
  /** Milliseconds the command slept (the clock moves with them). */
  slept: number[];
}

/** A CLI environment in a fresh home folder: no configuration, no cache, nothing from the real environment. */
export function testIo(options: { fetch?: typeof fetch; stdin?: string[]; env?: Record<string, string>; tty?: boolean; home?: string } = {}): TestIo {
  const home = options.home ?? mkdtempSync(join(tmpdir(), 'meshwork-cli-'));
  let stdout = '';
  let stderr = '';
  let now = Date.parse('2026-11-26T08:00:00Z');
  const slept: number[] = [];
  return {
    home,
    slept,
    out: () => stdout,
    err: () => stderr,
    stdout: (text) => void (stdout += text),
    stderr: (text) => void (stderr += text),
    stdinLines: async function* () {
      yield* options.stdin ?? [];
    },
    stdinIsTty: options.tty ?? false,
    env: options.env ?? {},
    homedir: home,
    ...(options.fetch ? { fetch: options.fetch } : {}),
    now: () => new Date(now),
    sleep: async (ms) => {
      slept.push(ms);
      now += ms;
    },
  };
}

export async function runCli(io: TestIo, ...argv: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  const code = await run(argv, io);
  return { code, stdout: io.out(), stderr: io.err() };
}

export function removeHome(io: TestIo | undefined): void {
  if (io) rmSync(io.home, { recursive: true, force: true });
}

/** The starter policies as the governance service ships them. */
export function starterBundle(version = 'bundle-1'): PolicyBundle {
  return { version, generatedAt: '2026-11-26T07:00:00.000Z', policies: STARTER_POLICIES };
}

const DEMO = resolve(__dirname, '..', '..', '..', 'tools', 'dev', 'demo');

type Json = Record<string, unknown>;

/** The demo's CRM customers product and contract, written (edited) into `dir` as YAML; their paths. */
export function writeCustomers(dir: string, edit: (documents: { product: Json; contract: Json }) => void = () => undefined): { product: string; contract: string } {
  const documents = {
    product: parse(readFileSync(join(DEMO, 'crm-customers.odps.yaml'), 'utf8')) as Json,
    contract: parse(readFileSync(join(DEMO, 'customers.odcs.yaml'), 'utf8')) as Json,
  };
  edit(documents);
  mkdirSync(dir, { recursive: true });
  const product = join(dir, 'customers.odps.yaml');
  const contract = join(dir, 'customers.odcs.yaml');
  writeFileSync(product, stringify(documents.product));
  writeFileSync(contract, stringify(documents.contract));
  return { product, contract };
}
