import { type CatalogProcess, startCatalogProcess } from '@meshwork/testing';
import { createPolicy, fixtureInput, policyBody, startPolicies, transition } from './policies-support';
import { type GovernanceHarness, json, jsonBody } from './support';

interface Problem {
  status: number;
  code: string;
  detail: string;
  errors?: { pointer: string; detail: string }[];
}

interface Product {
  status: string;
  currentVersion: string;
  policyWarnings: { policyId: string; severity: string; pointer: string; message: string }[];
  policyCheckedAt: string | null;
}

/** The demo product at a version, with or without its support channel. */
function envelope(version: string, withSupport: boolean): Record<string, unknown> {
  const { product, contracts } = fixtureInput();
  const { support: _support, ...withoutSupport } = product;
  return { product: { ...(withSupport ? product : withoutSupport), version }, contracts };
}

describe('the catalog publish gate with the real governance service (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let catalog: CatalogProcess;
  const publish = () => catalog.call('/v1/products/crm/customers/transitions', { method: 'POST', ...jsonBody({ to: 'published' }) });
  const product = async () => json<Product>(await catalog.call('/v1/products/crm/customers'));

  beforeAll(async () => {
    h = await startPolicies();
    catalog = await startCatalogProcess({ token: h.token, jwksUrl: h.jwksUrl, env: { MESHWORK_GOVERNANCE_URL: h.baseUrl } });
    process.env.MESHWORK_CATALOG_URL = catalog.baseUrl;
    expect((await catalog.call('/v1/domains', { method: 'POST', ...jsonBody({ name: 'crm', title: 'CRM', ownerTeamId: 'crm-data-team' }) })).status).toBe(201);
    // A warning-level policy besides the starter set: it never blocks, and its findings stay on the product.
    await createPolicy(
      h,
      policyBody('contract-has-tenant', {
        severity: 'warning',
        target: 'contract',
        rule: { kind: 'cel', expression: 'has(contract.tenant) && contract.tenant == "Meshwork"', message: 'The contract should name the Meshwork tenant.' },
      }),
    );
    expect((await transition(h, 'contract-has-tenant', { to: 'enforced' })).status).toBe(200);
  }, 120_000);

  afterAll(async () => {
    delete process.env.MESHWORK_CATALOG_URL;
    await catalog?.stop();
    await h?.close();
  });

  it('registers a draft without evaluation, then refuses to publish it over a blocking violation, listing it', async () => {
    const put = await catalog.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope('1.2.0', false)) });
    expect(put.status).toBe(201);
    const refused = await publish();
    expect(refused.status).toBe(422);
    const problem = await json<Problem>(refused);
    expect(problem).toMatchObject({ code: 'POLICY_VIOLATION' });
    expect(problem.errors).toEqual([{ location: 'body', pointer: '/product', detail: expect.stringMatching(/^\[product-has-support\] the product has no support channel/) }]);
    expect(await product()).toMatchObject({ status: 'draft', policyCheckedAt: null });
  });

  it('publishes once the product is fixed, and keeps the warnings on the published version', async () => {
    expect((await catalog.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope('1.2.1', true)) })).status).toBe(200);
    const published = await publish();
    expect(published.status).toBe(200);
    const shown = await json<Product>(published);
    expect(shown).toMatchObject({ status: 'published', currentVersion: '1.2.1' });
    expect(shown.policyWarnings).toEqual([{ policyId: 'contract-has-tenant', policyVersion: 1, policyName: 'Policy contract-has-tenant', severity: 'warning', pointer: '/contracts/0', message: 'The contract should name the Meshwork tenant.' }]);
    expect(shown.policyCheckedAt).not.toBeNull();
  });

  it('evaluates each new version of a published product before it is taken, refusing a regression', async () => {
    const regression = await catalog.call('/v1/products/crm/customers', { method: 'PUT', ...jsonBody(envelope('1.2.2', false)) });
    expect(regression.status).toBe(422);
    expect((await json<Problem>(regression)).errors?.map((e) => e.detail.slice(0, 22))).toEqual(['[product-has-support] ']);
    expect((await product()).currentVersion).toBe('1.2.1');
  });

  it('counts the published version for compliance, not the refused ones', async () => {
    const res = await h.call('/v1/compliance?domain=crm');
    expect(res.status).toBe(200);
    const report = await json<{ products: { domain: string; name: string; version: string; blocking: number; warnings: number }[] }>(res);
    expect(report.products).toEqual([expect.objectContaining({ domain: 'crm', name: 'customers', version: '1.2.1', blocking: 0, warnings: 1 })]);
  });

  it('lets only who may publish in the domain record a compliance sample for it', async () => {
    const record = async (actor: { id: string; roles: string[]; teamRoles: { team: string; role: string }[] }, domain = 'crm') =>
      h.call('/v1/evaluations', { method: 'POST', ...jsonBody({ ...envelope('1.2.1', true), subject: { domain, name: 'customers', version: '1.2.1' }, record: true }, { authorization: `Bearer ${await h.tokenFor(actor)}` }) });
    const stranger = await record({ id: 'stranger-1', roles: [], teamRoles: [{ team: 'billing-team', role: 'domain-owner' }] });
    expect(stranger.status).toBe(403);
    expect((await json<Problem>(stranger)).detail).toContain("only members of its owner team 'crm-data-team'");
    const member = await record({ id: 'member-1', roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] });
    expect([member.status, (await json<{ recorded: boolean }>(member)).recorded]).toEqual([200, true]);
    const unknown = await record({ id: 'member-1', roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-member' }] }, 'nowhere');
    expect(unknown.status).toBe(400);
  });
});
