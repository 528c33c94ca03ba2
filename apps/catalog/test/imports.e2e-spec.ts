import { validateContract } from '@meshwork/descriptors';
import { type CatalogHarness, fixture, json, jsonBody, type Problem, type Schemas, startCatalog, yamlBody } from './support';

describe('contract imports (HTTP)', () => {
  let h: CatalogHarness;
  const convert = (init: RequestInit) => h.call('/v1/contract-imports', { method: 'POST', ...init });

  beforeAll(async () => {
    h = await startCatalog();
  });

  afterAll(async () => {
    await h.close();
  });

  it('imports the Data Contract Specification init template as valid ODCS v3.1', async () => {
    const res = await convert(yamlBody(fixture('datacontract.init.yaml')));
    expect(res.status).toBe(200);
    const result = await json<Schemas['ContractImportDto']>(res);
    expect(result.from).toBe('dcs-v1');
    expect(result.contract).toMatchObject({ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'my-data-contract-id', version: '0.0.1' });
    expect(validateContract(result.contract)).toEqual([]);
  });

  it('maps DCS service levels to slaProperties (availability stays availability)', async () => {
    const dcs = {
      dataContractSpecification: '1.1.0',
      id: 'orders',
      info: { title: 'Orders', version: '2.0.0' },
      models: { orders: { type: 'table', fields: { order_id: { type: 'string', required: true, primaryKey: true }, total: { type: 'decimal' } } } },
      servicelevels: { availability: { percentage: '99.9%' }, latency: { threshold: '25h' } },
    };
    const result = await json<Schemas['ContractImportDto']>(await convert(jsonBody(dcs)));
    expect(result.contract.slaProperties).toEqual(expect.arrayContaining([expect.objectContaining({ property: 'availability', value: 99.9 })]));
    expect(validateContract(result.contract)).toEqual([]);
  });

  it('upgrades an ODCS v3.0 contract', async () => {
    const result = await json<Schemas['ContractImportDto']>(await convert(yamlBody(fixture('table-column.odcs.yaml'))));
    expect(result.from).toBe('odcs-v3.0');
    expect(result.contract.apiVersion).toBe('v3.1.0');
  });

  it('answers 415 with the supported formats for anything else', async () => {
    const res = await convert(yamlBody(fixture('crm-customers.odps.yaml')));
    expect(res.status).toBe(415);
    const problem = await json<Problem>(res);
    expect(problem.code).toBe('UNSUPPORTED_FORMAT');
    expect(problem.detail).toContain('dcs-v1, odcs-v2, odcs-v3.0, odcs-v3.1');
  });
});
