import { request } from 'node:http';
import { MAX_INPUT_DEPTH, MAX_PAGE_OFFSET, MAX_PATH_PARAM_LENGTH, REFUSED_BODY_READ_FACTOR } from '@meshwork/platform';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';
import { policyBody } from './policies-support';

interface Problem {
  type: string;
  title: string;
  status: number;
  detail: string;
  code: string;
  errors?: { location?: string; pointer: string; detail: string }[];
}

const BODY_LIMIT = 64 * 1024;

/** Nine levels of nine aliases each: about 387 million strings once expanded. */
const BILLION_LAUGHS = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]', ...'bcdefghi'.split('').map((c, i) => `${c}: &${c} [${Array(9).fill(`*${'abcdefghi'[i]}`).join(',')}]`)].join('\n');

function nested(depth: number): unknown {
  let value: unknown = 'x';
  for (let i = 0; i < depth; i++) value = { a: value };
  return value;
}

describe('input limits (governance over HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;

  const problem = async (res: Response, status: number): Promise<Problem> => {
    const text = await res.text();
    expect({ status: res.status, text }).toMatchObject({ status });
    expect(res.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    const body = JSON.parse(text) as Problem;
    expect(body).toMatchObject({ status, type: expect.any(String), title: expect.any(String), detail: expect.any(String) });
    return body;
  };
  const evaluate = (body: unknown) => h.call('/v1/evaluations', { method: 'POST', ...jsonBody(body) });

  beforeAll(async () => {
    h = await startGovernance({ MESHWORK_BODY_LIMIT: String(BODY_LIMIT), GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
  });

  afterAll(async () => {
    await h?.close();
  });

  it('answers 413 problem+json to a body above MESHWORK_BODY_LIMIT', async () => {
    const body = await problem(await evaluate({ product: { name: 'x'.repeat(BODY_LIMIT) } }), 413);
    expect(body.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('reads a refused body to its end before answering 413, so that a client still sending gets the answer, not a reset', async () => {
    // Answering while the body still arrives, then closing, would reset the connection under the client's feet.
    const size = BODY_LIMIT * 8;
    const url = new URL('/v1/evaluations', h.baseUrl);
    const exchange = await new Promise<{ earlyAnswer: boolean; status: number; text: string; closedCleanly: boolean }>((resolve, reject) => {
      let earlyAnswer = false;
      let sentAll = false;
      const req = request(url, { method: 'POST', agent: false, headers: { authorization: `Bearer ${h.token}`, 'content-type': 'application/json', 'content-length': String(size) } }, (res) => {
        if (!sentAll) earlyAnswer = true;
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => res.socket.once('close', (hadError: boolean) => resolve({ earlyAnswer, status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString(), closedCleanly: !hadError })));
      });
      req.on('error', reject);
      const head = '{"product":{"name":"';
      req.write(head + 'x'.repeat(size / 2 - head.length));
      setTimeout(() => {
        sentAll = true;
        req.end(`${'x'.repeat(size / 2 - 3)}"}}`);
      }, 300);
    });
    expect(exchange).toMatchObject({ earlyAnswer: false, status: 413, closedCleanly: true });
    expect(JSON.parse(exchange.text)).toMatchObject({ status: 413, code: 'PAYLOAD_TOO_LARGE' });
    // The connection it came on is closed; the next request is answered as usual.
    expect((await evaluate({ product: { name: 'x' } })).status).not.toBe(413);
  });

  it(`refuses a body above ${REFUSED_BODY_READ_FACTOR} times the limit at once, without reading it`, async () => {
    const res = await h.call('/v1/evaluations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: 'x'.repeat(BODY_LIMIT * (REFUSED_BODY_READ_FACTOR + 1)) }).catch((error: Error) => error);
    // The 413 may arrive before the client has sent everything, or the reset may reach the client first.
    expect(res instanceof Response ? res.status : res.message).toBe(res instanceof Response ? 413 : 'fetch failed');
  });

  it(`refuses a JSON body nested deeper than ${MAX_INPUT_DEPTH} levels with 400, pointing at where`, async () => {
    const body = await problem(await evaluate({ product: nested(MAX_INPUT_DEPTH + 50) }), 400);
    expect(body.code).toBe('VALIDATION_FAILED');
    expect(body.errors?.[0]).toMatchObject({ location: 'body', pointer: `/product${'/a'.repeat(MAX_INPUT_DEPTH - 1)}` });
  });

  it('refuses tens of thousands of nested arrays as a 400, not a stack overflow', async () => {
    const res = await h.call('/v1/evaluations', { method: 'POST', headers: { 'content-type': 'application/json' }, body: `${'['.repeat(20_000)}${']'.repeat(20_000)}` });
    expect((await problem(res, 400)).code).toBe('VALIDATION_FAILED');
  });

  it('refuses a YAML document that expands its aliases ("billion laughs")', async () => {
    const body = await problem(await evaluate({ product: BILLION_LAUGHS }), 400);
    expect(body.code).toBe('DOCUMENT_INVALID');
    expect(body.detail).toMatch(/alias/i);
  });

  it('refuses a YAML document nested deeper than a descriptor may be', async () => {
    const deep = `${'['.repeat(200)}${']'.repeat(200)}`;
    const body = await problem(await evaluate({ product: `a: ${deep}` }), 400);
    expect(body.detail).toContain('deeper than 64 levels');
  });

  it('refuses YAML tags outside the core schema', async () => {
    const body = await problem(await evaluate({ product: 'a: !!js/function "function () { return 1 }"' }), 400);
    expect(body.code).toBe('DOCUMENT_INVALID');
  });

  it.each([
    ['limit=201', 'limit'],
    ['limit=0', 'limit'],
    [`offset=${MAX_PAGE_OFFSET + 1}`, 'offset'],
    ['offset=99999999999999999999999', 'offset'],
  ])('refuses a page with %s', async (query, field) => {
    const body = await problem(await h.call(`/v1/policies?${query}`), 400);
    expect(body.errors).toEqual(expect.arrayContaining([expect.objectContaining({ location: 'query', pointer: `/${field}` })]));
  });

  it('refuses a CEL expression longer than 10,000 characters', async () => {
    const expression = `true${' && true'.repeat(1_500)}`;
    const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('too-long', { rule: { kind: 'cel', expression, message: 'm' } })) });
    expect((await problem(res, 400)).errors).toEqual(expect.arrayContaining([expect.objectContaining({ pointer: '/rule/expression' })]));
  });

  it('refuses a CEL expression beyond the parser limits, and one whose comprehensions nest too deep', async () => {
    const wide = Array.from({ length: 300 }, (_, i) => `${i} == ${i}`).join(' && ');
    const nestedLoops = 'product.outputPorts.all(a, product.outputPorts.all(b, product.outputPorts.all(c, a == b && b == c)))';
    for (const [id, expression] of [['wide', wide], ['cubic', nestedLoops]]) {
      const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody(id, { rule: { kind: 'cel', expression, message: 'm' } })) });
      expect((await problem(res, 400)).code).toBe('RULE_INVALID');
    }
  });

  it('answers a malformed percent-encoding in the path with a 400 problem', async () => {
    expect((await problem(await h.call('/v1/policies/%ZZ'), 400)).code).toBe('VALIDATION_FAILED');
  });

  it(`reads path parameters up to ${MAX_PATH_PARAM_LENGTH} characters and refuses longer ones with a 400 problem`, async () => {
    expect((await problem(await h.call(`/v1/policies/${'a'.repeat(300)}`), 404)).code).toBe('POLICY_NOT_FOUND');
    const body = await problem(await h.call(`/v1/policies/${'a'.repeat(MAX_PATH_PARAM_LENGTH + 1)}`), 400);
    expect(body.detail).toContain(`${MAX_PATH_PARAM_LENGTH} characters`);
  });

  it('refuses a NUL character in a path parameter, a query and a body with 400 instead of a database error', async () => {
    expect((await problem(await h.call('/v1/master-data/entities/a%00b'), 400)).errors?.[0]).toMatchObject({ location: 'path' });
    expect((await problem(await h.call('/v1/glossary/terms?q=a%00b'), 400)).errors?.[0]).toMatchObject({ location: 'query' });
    const res = await h.call('/v1/policies', { method: 'POST', ...jsonBody(policyBody('nul', { name: 'a\u0000b' })) });
    expect((await problem(res, 400)).errors?.[0]).toMatchObject({ location: 'body', pointer: '/name' });
  });

  it('still accepts an ordinary evaluation', async () => {
    const res = await evaluate({ product: 'name: customers\ndomain: crm\n' });
    expect(res.status).toBe(200);
    expect(await json<{ results: unknown[] }>(res)).toMatchObject({ results: expect.any(Array) });
  });
});
