import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { type GovernanceHarness, json, jsonBody } from './support';
import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { CONSUMER, createPolicy, FIXTURES, fixtureInput, OFFICER, policyBody, startPolicies, transition } from './policies-support';

interface DryRun {
  policyId: string;
  version: number;
  evaluated: number;
  failing: { domain: string; name: string; version: string; outcome: string; violations: { pointer: string; message: string }[] }[];
  errors: { domain: string; name: string; detail: string }[];
}

/** The demo product and its contract as the catalog's YAML envelope. */
function envelope(): string {
  const indent = (text: string, prefix: string) => text.split('\n').map((line) => (line ? `${prefix}${line}` : line)).join('\n');
  const contract = readFileSync(join(FIXTURES, 'customers.odcs.yaml'), 'utf8');
  const product = readFileSync(join(FIXTURES, 'crm-customers.odps.yaml'), 'utf8');
  return `product:\n${indent(product, '  ')}\ncontracts:\n  -\n${indent(contract, '    ')}\n`;
}

/** A product of another domain without a description or ports. */
function bareProduct(domain: string, id: string, name: string): Record<string, unknown> {
  const { description: _d, outputPorts: _o, inputPorts: _i, ...product } = fixtureInput().product;
  return { ...product, id, name, domain };
}

describe('policy dry runs against a real catalog (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let catalog: CatalogProcess;
  const previousCatalogUrl = process.env.MESHWORK_CATALOG_URL;
  const dryRun = (id: string, body: Record<string, unknown> = {}, token?: string) =>
    h.call(`/v1/policies/${id}/dry-run`, { method: 'POST', ...jsonBody(body, token ? { authorization: `Bearer ${token}` } : {}) });

  beforeAll(async () => {
    h = await startPolicies({ GOVERNANCE_SEED_STARTER_POLICIES: 'false' });
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    for (const [name, owner] of [
      ['crm', 'crm-data-team'],
      ['billing', 'billing-team'],
    ]) {
      const res = await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name, title: name, ownerTeamId: owner }) });
      expect(res.status).toBe(201);
    }
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', body: envelope(), headers: { 'content-type': 'application/yaml' } });
    expect([put.status, put.status === 201 ? '' : await put.text()]).toEqual([201, '']);
    for (const [name, id] of [
      ['invoices', '1a2b3c4d-0000-4000-8000-000000000001'],
      ['payments', '1a2b3c4d-0000-4000-8000-000000000002'],
    ]) {
      const res = await catalog.call(`/v1/products/billing/${name}`, { method: 'PUT', ...jsonBody({ product: bareProduct('billing', id, name) }) });
      expect([res.status, res.status === 201 ? '' : await res.text()]).toEqual([201, '']);
    }
  }, 120_000);

  afterAll(async () => {
    if (previousCatalogUrl === undefined) delete process.env.MESHWORK_CATALOG_URL;
    else process.env.MESHWORK_CATALOG_URL = previousCatalogUrl;
    await h?.close();
    await catalog?.stop();
  });

  it('lists exactly the products a draft would fail, sorted', async () => {
    await createPolicy(h, policyBody('has-purpose'));
    const res = await dryRun('has-purpose');
    expect(res.status).toBe(200);
    const result = await json<DryRun>(res);
    expect(result).toMatchObject({ policyId: 'has-purpose', version: 1, evaluated: 3, errors: [] });
    expect(result.failing.map((f) => [f.domain, f.name, f.version, f.outcome])).toEqual([
      ['billing', 'invoices', '1.2.0', 'fail'],
      ['billing', 'payments', '1.2.0', 'fail'],
    ]);
    expect(result.failing[0]?.violations).toEqual([{ pointer: '/product', message: 'The product must state its purpose.' }]);
  });

  it('reads each product’s contracts from the catalog', async () => {
    await createPolicy(h, policyBody('no-crm-customers-contract', { target: 'contract', rule: { kind: 'cel', expression: 'contract.id != "7d1f3c9e-2b4a-4f6e-9a51-0c8e2f4b7a10"' } }));
    const result = await json<DryRun>(await dryRun('no-crm-customers-contract'));
    expect(result.failing.map((f) => [f.domain, f.name, f.violations[0]?.pointer])).toEqual([['crm', 'customers', '/contracts/0']]);
  });

  it('tries the version asked for, an enforced one included', async () => {
    expect((await transition(h, 'has-purpose', { to: 'enforced' })).status).toBe(200);
    expect((await h.call('/v1/policies/has-purpose', { method: 'PATCH', ...jsonBody({ rule: { kind: 'cel', expression: 'true' } }) })).status).toBe(200);
    expect((await json<DryRun>(await dryRun('has-purpose'))).failing).toEqual([]);
    const v1 = await json<DryRun>(await dryRun('has-purpose', { version: 1 }));
    expect(v1).toMatchObject({ version: 1 });
    expect(v1.failing.map((f) => f.name)).toEqual(['invoices', 'payments']);
  });

  it('leaves out retired products: they are no longer part of the mesh', async () => {
    expect((await catalog.call('/v1/products/billing/payments/transitions', { method: 'POST', ...jsonBody({ to: 'retired' }) })).status).toBe(200);
    const v1 = await json<DryRun>(await dryRun('has-purpose', { version: 1 }));
    expect(v1).toMatchObject({ evaluated: 2 });
    expect(v1.failing.map((f) => f.name)).toEqual(['invoices']);
  });

  it('is for governance officers; a consumer gets 403', async () => {
    expect((await dryRun('has-purpose', {}, await h.tokenFor(CONSUMER))).status).toBe(403);
    expect((await dryRun('has-purpose', {}, await h.tokenFor(OFFICER))).status).toBe(200);
  });

  it('answers 503 when the catalog cannot be reached', async () => {
    process.env.MESHWORK_CATALOG_URL = 'http://127.0.0.1:9';
    try {
      const res = await dryRun('has-purpose');
      expect(res.status).toBe(503);
      expect(res.headers.get('content-type')).toContain('application/problem+json');
    } finally {
      process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    }
  });
});
