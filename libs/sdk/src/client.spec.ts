import { createMeshwork } from './client';
import { MeshworkProblemError, unwrap } from './problem';

function recordingFetch(status: number, body: unknown, contentType = 'application/json') {
  const requests: Request[] = [];
  const fetchImpl = async (input: string | URL | Request, init?: RequestInit) => {
    requests.push(input instanceof Request ? input : new Request(input, init));
    return new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });
  };
  return { requests, fetchImpl: fetchImpl as typeof fetch };
}

describe('createMeshwork', () => {
  it('calls the operation path with the bearer token and path parameters', async () => {
    const { requests, fetchImpl } = recordingFetch(200, { name: 'crm' });
    const mesh = createMeshwork({ catalogUrl: 'http://catalog.test', token: 'secret-token', fetch: fetchImpl });
    await mesh.catalog.getDomain({ params: { path: { domain: 'crm' } } });
    expect(requests).toHaveLength(1);
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe('http://catalog.test/v1/domains/crm');
    expect(requests[0].headers.get('authorization')).toBe('Bearer secret-token');
  });

  it('asks a token function for a fresh token on every call', async () => {
    const { requests, fetchImpl } = recordingFetch(200, { items: [], total: 0, limit: 50, offset: 0 });
    let n = 0;
    const mesh = createMeshwork({ catalogUrl: 'http://catalog.test', token: async () => `token-${++n}`, fetch: fetchImpl });
    await mesh.catalog.listDomains();
    await mesh.catalog.listDomains({ params: { query: { limit: 5 } } });
    expect(requests.map((r) => r.headers.get('authorization'))).toEqual(['Bearer token-1', 'Bearer token-2']);
    expect(new URL(requests[1].url).searchParams.get('limit')).toBe('5');
  });
});

describe('createMeshwork access', () => {
  it('calls the access service at its own base URL', async () => {
    const { requests, fetchImpl } = recordingFetch(200, { items: [], total: 0, limit: 50, offset: 0 });
    const mesh = createMeshwork({ catalogUrl: 'http://catalog.test', accessUrl: 'http://access.test', token: 'secret-token', fetch: fetchImpl });
    await mesh.access.listTeamMembers({ params: { path: { name: 'crm-data-team' }, query: { limit: 10 } } });
    expect(requests[0].method).toBe('GET');
    expect(requests[0].url).toBe('http://access.test/v1/teams/crm-data-team/members?limit=10');
    expect(requests[0].headers.get('authorization')).toBe('Bearer secret-token');
  });

  it('defaults to the local access service on port 3003', async () => {
    const { requests, fetchImpl } = recordingFetch(200, { name: 'crm-data-team' });
    const mesh = createMeshwork({ fetch: fetchImpl });
    await mesh.access.getTeam({ params: { path: { name: 'crm-data-team' } } });
    expect(requests[0].url).toBe('http://127.0.0.1:3003/v1/teams/crm-data-team');
  });
});

describe('unwrap', () => {
  it('returns the data of a successful call', async () => {
    const { fetchImpl } = recordingFetch(200, { name: 'crm' });
    const mesh = createMeshwork({ catalogUrl: 'http://catalog.test', fetch: fetchImpl });
    await expect(unwrap(mesh.catalog.getDomain({ params: { path: { domain: 'crm' } } }))).resolves.toEqual({ name: 'crm' });
  });

  it('throws the problem document of a failed call', async () => {
    const problem = { type: 't', title: 'Domain not found', status: 404, detail: "No domain 'x'.", instance: '/v1/domains/x', code: 'DOMAIN_NOT_FOUND' };
    const { fetchImpl } = recordingFetch(404, problem, 'application/problem+json');
    const mesh = createMeshwork({ catalogUrl: 'http://catalog.test', fetch: fetchImpl });
    const call = unwrap(mesh.catalog.getDomain({ params: { path: { domain: 'x' } } }));
    await expect(call).rejects.toBeInstanceOf(MeshworkProblemError);
    await expect(call).rejects.toMatchObject({ status: 404, problem, message: "404 DOMAIN_NOT_FOUND: No domain 'x'." });
  });
});
