import type { OpenAPIObject } from '@nestjs/swagger';
import { IDEMPOTENCY_EXEMPT_EXTENSION } from './idempotency-exempt.decorator';
import { documentIdempotency, IDEMPOTENCY_KEY_PARAMETER } from './idempotency.openapi';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };
const BEARER = [{ bearer: [] }];

function documentWith(paths: Record<string, Record<string, unknown>>): OpenAPIObject {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths } as OpenAPIObject;
}

type Op = { parameters?: unknown[]; responses: Record<string, { description: string; headers?: Record<string, unknown>; content?: unknown }> } & Record<string, unknown>;

describe('documentIdempotency', () => {
  it('adds the optional header and the 409 and 422 answers to an authenticated write', () => {
    const doc = documentWith({ '/v1/domains': { post: { security: BEARER, responses: { '201': { description: 'Created' } } } } });
    documentIdempotency(doc);
    const op = doc.paths['/v1/domains'].post as unknown as Op;
    expect(op.parameters).toEqual([IDEMPOTENCY_KEY_PARAMETER]);
    expect(IDEMPOTENCY_KEY_PARAMETER.required).toBe(false);
    expect(op.responses['409'].description).toContain('IDEMPOTENCY_KEY_IN_PROGRESS');
    expect(op.responses['409'].headers).toHaveProperty('Retry-After');
    expect(op.responses['409'].content).toEqual(PROBLEM);
    expect(op.responses['422'].description).toContain('IDEMPOTENCY_KEY_REUSED');
    expect(op.responses['400'].description).toContain('Idempotency-Key');
  });

  it('extends the 409 and 422 answers a route already documents', () => {
    const doc = documentWith({
      '/v1/p/{id}': {
        patch: {
          security: BEARER,
          parameters: [{ name: 'id', in: 'path' }],
          responses: { '400': { description: 'Invalid input.' }, '409': { description: 'Name taken.', content: PROBLEM }, '422': { description: 'Bad document.', content: PROBLEM } },
        },
      },
    });
    documentIdempotency(doc);
    const op = doc.paths['/v1/p/{id}'].patch as unknown as Op;
    expect(op.parameters).toEqual([{ name: 'id', in: 'path' }, IDEMPOTENCY_KEY_PARAMETER]);
    expect(op.responses['400'].description).toBe('Invalid input.');
    expect(op.responses['409'].description).toMatch(/^Name taken\. Or `IDEMPOTENCY_KEY_IN_PROGRESS`/);
    expect(op.responses['422'].description).toMatch(/^Bad document\. Or `IDEMPOTENCY_KEY_REUSED`/);
  });

  it('leaves reads, public routes and exempt routes alone, and removes the exemption marker', () => {
    const doc = documentWith({
      '/v1/domains': { get: { security: BEARER, responses: {} } },
      '/v1/auth/token': { post: { security: [{}], responses: {} } },
      '/v1/decisions': { post: { security: BEARER, responses: {}, [IDEMPOTENCY_EXEMPT_EXTENSION]: true } },
    });
    documentIdempotency(doc);
    expect(doc.paths['/v1/domains'].get).toEqual({ security: BEARER, responses: {} });
    expect(doc.paths['/v1/auth/token'].post).toEqual({ security: [{}], responses: {} });
    expect(doc.paths['/v1/decisions'].post).toEqual({ security: BEARER, responses: {} });
  });

  it.each(['put', 'patch', 'delete'])('documents %s operations too', (method) => {
    const doc = documentWith({ '/v1/x': { [method]: { security: BEARER, responses: {} } } });
    documentIdempotency(doc);
    expect((doc.paths['/v1/x'] as Record<string, Op>)[method].parameters).toEqual([IDEMPOTENCY_KEY_PARAMETER]);
  });
});
