/** Requests generated from an operation of an OpenAPI document, good and bad, as plain data that can be printed and sent again. */
import fc from 'fast-check';
import type { Operation, Schema } from './openapi';
import { fromSchema, NASTY_STRINGS, nastyValue, type Samples } from './values';
import type { ServiceName } from './mesh';

/** Who the request speaks for. */
export type Auth = 'admin' | 'owner' | 'consumer' | 'none' | 'garbage' | 'foreign';

/** A body as the generator describes it; large and deep ones are built only when sent. */
export type Payload =
  | { kind: 'json'; value: unknown }
  | { kind: 'text'; text: string }
  | { kind: 'huge'; bytes: number; char: string }
  | { kind: 'deep'; depth: number; container: 'array' | 'object' };

export interface FuzzRequest {
  service: ServiceName;
  operation: string;
  method: string;
  /** Path and query, encoded. */
  url: string;
  headers: Record<string, string>;
  auth: Auth;
  body?: { contentType: string; payload: Payload };
  /** A path parameter was sent unencoded (a `/`, `..`, `?`): the request may reach another route, or none. */
  rawPath: boolean;
}

export interface KnownValues {
  /** Values likely to name something that exists, by path parameter name. */
  byName: Record<string, string[]>;
}

const YAML_PAYLOADS: readonly string[] = [
  // "billion laughs": nine levels of nine aliases each
  ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n'),
  `${'['.repeat(5_000)}${']'.repeat(5_000)}`,
  `${Array.from({ length: 200 }, (_, i) => `${' '.repeat(i * 2)}k${i}:`).join('\n')} x`,
  'a: !!js/function "function(){ return process.exit(1) }"',
  'a: &x\n  b: *x',
  'a: 1\na: 2',
  '--- a\n--- b',
  'apiVersion: v3.1.0\nkind: DataContract\nid: "\\u0000"',
  ': : :',
  '\t\t- x',
  'product: [',
];

const BAD_JSON: readonly string[] = ['{', '{"a":}', '[1,]', 'nul', '"\\u00"', '\u0000', '{"a":1}{"b":2}', '{"__proto__":{"polluted":true}}', '{"constructor":{"prototype":{"x":1}}}', ''];

const WRONG_CONTENT_TYPES: readonly string[] = ['text/plain', 'application/xml', 'multipart/form-data; boundary=x', 'application/x-www-form-urlencoded', 'application/json; charset=latin1', 'application/octet-stream', 'application/yaml'];

function pathValue(name: string, schema: Schema, known: KnownValues, document: Schema, samples: Samples): fc.Arbitrary<{ value: string; raw: boolean }> {
  // An empty segment changes the route as much as an unencoded slash does.
  const encoded = (arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ value: encode(String(value)), raw: String(value) === '' }));
  const options = [
    { weight: 3, arbitrary: encoded(fromSchema(document, schema, samples, false)) },
    { weight: 2, arbitrary: encoded(fc.constantFrom(...NASTY_STRINGS)) },
    { weight: 1, arbitrary: fc.constantFrom('..', '../..', '../../health/ready', '%2e%2e', 'a/b', '.', 'x?y=1', '%00', '%ZZ', '%', ';x').map((value) => ({ value, raw: true })) },
  ];
  const likely = known.byName[name];
  if (likely && likely.length > 0) options.push({ weight: 5, arbitrary: encoded(fc.constantFrom(...likely)) });
  return fc.oneof(...options);
}

/** The string with each lone surrogate (which encodeURIComponent refuses) replaced by U+FFFD. */
function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

function encode(value: string): string {
  return encodeURIComponent(wellFormed(value));
}

function queryValue(schema: Schema, document: Schema, samples: Samples): fc.Arbitrary<string> {
  return fc.oneof(
    { weight: 4, arbitrary: fromSchema(document, schema, samples, false).map(String) },
    { weight: 2, arbitrary: fc.constantFrom(...NASTY_STRINGS) },
    { weight: 1, arbitrary: fc.string({ maxLength: 20 }) },
  );
}

/** `wait` holds a long-poll for up to 30 s by design; a fuzzed request keeps it short so a hang is a hang. */
function boundedWait(value: string): string {
  const n = Number(value);
  return Number.isFinite(n) && n > 1 ? '1' : value;
}

function queryArb(op: Operation, document: Schema, samples: Samples): fc.Arbitrary<[string, string][]> {
  const declared = op.parameters.filter((p) => p.in === 'query');
  const each = declared.map((p) =>
    fc.option(queryValue(p.schema, document, samples).map((value): [string, string] => [p.name, p.name === 'wait' ? boundedWait(value) : value]), { nil: undefined, freq: p.required ? 20 : 2 }),
  );
  const extra = fc.option(fc.tuple(fc.constantFrom('zzz', 'limit', 'offset', '__proto__', 'q[]', ''), fc.constantFrom(...NASTY_STRINGS)), { nil: undefined, freq: 6 });
  return fc.tuple(fc.tuple(...each), extra).map(([values, added]) => [...values, added].filter((v): v is [string, string] => v !== undefined));
}

function headerValue(value: string): string {
  // fetch sends only visible Latin-1 in a header; anything else is replaced rather than dropped.
  return value.replace(/[^\x20-\x7e]/g, '?');
}

function headersArb(op: Operation): fc.Arbitrary<Record<string, string>> {
  const write = op.method !== 'GET';
  const ifMatch = op.parameters.some((p) => p.in === 'header' && p.name.toLowerCase() === 'if-match');
  return fc.record({
    idempotency: write ? fc.option(fc.oneof(fc.uuid(), fc.constantFrom('', ' ', 'x'.repeat(300), 'key with space', '\u00e9')), { nil: undefined, freq: 3 }) : fc.constant(undefined),
    ifMatch: ifMatch ? fc.option(fc.constantFrom('*', '"0"', 'W/"abc"', 'garbage', '"' + 'a'.repeat(500) + '"', ''), { nil: undefined, freq: 3 }) : fc.constant(undefined),
    accept: fc.option(fc.constantFrom('application/json', 'application/yaml', 'text/html', '*/*', 'application/problem+json', 'image/png;q=0.1'), { nil: undefined, freq: 5 }),
  }).map(({ idempotency, ifMatch: match, accept }) => {
    const headers: Record<string, string> = {};
    if (idempotency !== undefined) headers['idempotency-key'] = headerValue(idempotency);
    if (match !== undefined) headers['if-match'] = headerValue(match);
    if (accept !== undefined) headers.accept = accept;
    return headers;
  });
}

function bodyArb(op: Operation, document: Schema, samples: Samples, bodyLimit: number): fc.Arbitrary<FuzzRequest['body']> {
  const types = Object.keys(op.body);
  if (types.length === 0) {
    if (op.method === 'GET') return fc.constant(undefined);
    return fc.option(fc.constant({ contentType: 'application/json', payload: { kind: 'json' as const, value: { unexpected: true } } }), { nil: undefined, freq: 10 });
  }
  const jsonType = types.find((t) => t.includes('json')) ?? types[0];
  const schema = op.body[jsonType];
  const json = (arb: fc.Arbitrary<unknown>) => arb.map((value) => ({ contentType: 'application/json', payload: { kind: 'json' as const, value } }));
  const options: { weight: number; arbitrary: fc.Arbitrary<FuzzRequest['body']> }[] = [
    { weight: 30, arbitrary: json(fromSchema(document, schema, samples, false)) },
    { weight: 30, arbitrary: json(fromSchema(document, schema, samples, true)) },
    { weight: 3, arbitrary: json(nastyValue) },
    { weight: 3, arbitrary: fc.constantFrom(...BAD_JSON).map((text) => ({ contentType: 'application/json', payload: { kind: 'text' as const, text } })) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(...WRONG_CONTENT_TYPES.filter((t) => !types.includes(t))), fc.constantFrom('a=1', '<a/>', '{}')).map(([contentType, text]) => ({ contentType, payload: { kind: 'text' as const, text } })) },
    { weight: 2, arbitrary: fc.tuple(fc.constantFrom(bodyLimit + 1, bodyLimit * 2, 200_000), fc.constantFrom('a', 'é', '🙂')).map(([bytes, char]) => ({ contentType: 'application/json', payload: { kind: 'huge' as const, bytes, char } })) },
    { weight: 3, arbitrary: fc.tuple(fc.constantFrom(65, 200, 5_000, 50_000), fc.constantFrom('array' as const, 'object' as const)).map(([depth, container]) => ({ contentType: 'application/json', payload: { kind: 'deep' as const, depth, container } })) },
  ];
  if (!op.bodyRequired) options.push({ weight: 3, arbitrary: fc.constant(undefined) });
  const yamlType = types.find((t) => t.includes('yaml'));
  if (yamlType) options.push({ weight: 6, arbitrary: fc.constantFrom(...YAML_PAYLOADS).map((text) => ({ contentType: yamlType, payload: { kind: 'text' as const, text } })) });
  return fc.oneof(...options);
}

const AUTHS = fc.constantFrom<Auth>('admin', 'admin', 'admin', 'admin', 'owner', 'owner', 'consumer', 'consumer', 'none', 'garbage', 'foreign');

/** Every request the fuzz may send to one operation. */
export function requestArb(op: Operation, document: Schema, samples: Samples, known: KnownValues, bodyLimit: number): fc.Arbitrary<FuzzRequest> {
  const pathParams = op.parameters.filter((p) => p.in === 'path');
  const path = fc.tuple(...pathParams.map((p) => pathValue(p.name, p.schema, known, document, samples).map((v) => ({ name: p.name, ...v }))));
  return fc.record({ path, query: queryArb(op, document, samples), headers: headersArb(op), body: bodyArb(op, document, samples, bodyLimit), auth: AUTHS }).map(({ path: values, query, headers, body, auth }) => {
    let url = op.path;
    for (const { name, value } of values) url = url.replace(`{${name}}`, value);
    if (query.length > 0) url += `?${new URLSearchParams(query.map(([k, v]): [string, string] => [k, wellFormed(v)])).toString()}`;
    return { service: op.service, operation: op.id, method: op.method, url, headers, auth, body, rawPath: values.some((v) => v.raw) };
  });
}

/** The bytes of a body. */
export function materialize(payload: Payload): string {
  switch (payload.kind) {
    case 'json':
      return JSON.stringify(payload.value) ?? 'null';
    case 'text':
      return payload.text;
    case 'huge':
      return JSON.stringify({ name: payload.char.repeat(Math.ceil(payload.bytes / Buffer.byteLength(payload.char))) });
    case 'deep':
      return payload.container === 'array' ? `${'['.repeat(payload.depth)}${']'.repeat(payload.depth)}` : `${'{"a":'.repeat(payload.depth)}1${'}'.repeat(payload.depth)}`;
  }
}

/** A one-line description of a body for the report, never the whole of a large one. */
export function describeBody(body: FuzzRequest['body']): string {
  if (!body) return '(no body)';
  const { payload } = body;
  if (payload.kind === 'huge') return `${body.contentType}: {"name": "${payload.char}" × ${payload.bytes} bytes}`;
  if (payload.kind === 'deep') return `${body.contentType}: ${payload.container}s nested ${payload.depth} deep`;
  const text = materialize(payload);
  return `${body.contentType}: ${text.length > 600 ? `${text.slice(0, 600)}… (${text.length} chars)` : text}`;
}
