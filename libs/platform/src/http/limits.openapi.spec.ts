import type { OpenAPIObject } from '@nestjs/swagger';
import { documentRequestLimits } from './limits.openapi';

const PROBLEM = { 'application/problem+json': { schema: { $ref: '#/components/schemas/ProblemResponseDto' } } };
const OK = { description: 'ok', content: { 'application/json': { schema: { type: 'object' } } } };

function documentOf(paths: Record<string, unknown>): OpenAPIObject {
  return { openapi: '3.1.0', info: { title: 't', version: '1' }, paths } as unknown as OpenAPIObject;
}

describe('documentRequestLimits', () => {
  it('documents 400, 413 and 415 on an operation that reads a body', () => {
    const document = documentOf({ '/v1/things': { post: { requestBody: { content: {} }, responses: { '201': OK } } } });
    documentRequestLimits(document);
    const responses = (document.paths['/v1/things'].post as { responses: Record<string, { content: unknown }> }).responses;
    expect(Object.keys(responses).sort()).toEqual(['201', '400', '413', '415']);
    expect(responses['413'].content).toEqual(PROBLEM);
  });

  it('documents 400 on an operation with parameters, and keeps the description it already has', () => {
    const own = { description: 'Own words.', content: PROBLEM };
    const document = documentOf({
      '/v1/things/{id}': { get: { parameters: [{ name: 'id', in: 'path' }], responses: { '200': OK } } },
      '/v1/other/{id}': { get: { parameters: [{ name: 'id', in: 'path' }], responses: { '200': OK, '400': own } } },
    });
    documentRequestLimits(document);
    expect(Object.keys((document.paths['/v1/things/{id}'].get as { responses: object }).responses).sort()).toEqual(['200', '400']);
    expect((document.paths['/v1/other/{id}'].get as { responses: Record<string, unknown> }).responses['400']).toBe(own);
  });

  it('adds nothing to an operation without input', () => {
    const document = documentOf({ '/health/live': { get: { responses: { '200': OK } } } });
    documentRequestLimits(document);
    expect(Object.keys((document.paths['/health/live'].get as { responses: object }).responses)).toEqual(['200']);
  });

  it('documents errors as problem+json on an operation that answers NDJSON', () => {
    const ndjson = { 'application/x-ndjson': { schema: { type: 'string' } } };
    const document = documentOf({ '/v1/export': { get: { responses: { '200': { description: 'ok', content: ndjson }, '403': { description: 'no', content: ndjson } } } } });
    documentRequestLimits(document);
    const responses = (document.paths['/v1/export'].get as { responses: Record<string, { content: unknown }> }).responses;
    expect(responses['200'].content).toBe(ndjson);
    expect(responses['403'].content).toEqual(PROBLEM);
  });
});
