import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseDocument } from '@meshwork/descriptors';
import type { ProblemDocument } from '@meshwork/platform';
import type { TestActor } from '@meshwork/testing';
import type { CodeListDto, CodeListSummaryDto } from '../src/glossary/dto/code-list.dto';
import type { ConformanceReportDto } from '../src/glossary/dto/conformance.dto';
import type { MasterDataEntityDto } from '../src/glossary/dto/master-data-entity.dto';
import { type GovernanceHarness, json, jsonBody, startGovernance } from './support';

interface Page<T> {
  items: T[];
  total: number;
  limit: number;
  offset: number;
}

interface ContractProperty {
  name: string;
  logicalType?: string;
  logicalTypeOptions?: Record<string, unknown>;
  [key: string]: unknown;
}

interface Contract {
  schema: { name: string; properties: ContractProperty[]; [key: string]: unknown }[];
  [key: string]: unknown;
}

const ACTORS = {
  officer: { id: randomUUID(), roles: ['governance-officer'], teamRoles: [] },
  crmOwner: { id: randomUUID(), roles: [], teamRoles: [{ team: 'crm-data-team', role: 'domain-owner' }] },
  consumer: { id: randomUUID(), roles: [], teamRoles: [] },
} satisfies Record<string, TestActor>;

type ActorName = keyof typeof ACTORS;

const FIXTURE = parseDocument(readFileSync(join(__dirname, '..', '..', '..', 'libs', 'descriptors', 'test', 'fixtures', 'customers.odcs.yaml')), 'yaml') as Contract;

const CUSTOMER = {
  name: 'customer',
  title: 'Customer',
  description: 'A person or company that buys from us.',
  ownerTeamId: 'crm-data-team',
  attributes: [
    { name: 'customer_id', title: 'Customer identifier', logicalType: 'string', format: 'uuid', required: true, glossaryTerm: 'customer-identifier' },
    { name: 'email', title: 'Primary e-mail address', logicalType: 'string', format: 'email', required: true },
    { name: 'country_code', title: 'Country', logicalType: 'string', required: true, codeList: 'iso-3166-1-alpha-2', glossaryTerm: 'country' },
    { name: 'loyalty_tier', title: 'Loyalty tier', logicalType: 'string', required: false },
  ],
};

/** A deep copy of the customers contract, changed by `edit`. */
function customers(edit: (contract: Contract) => void = () => undefined): Contract {
  const copy = structuredClone(FIXTURE);
  edit(copy);
  return copy;
}

function property(contract: Contract, name: string): ContractProperty {
  const found = contract.schema[0]?.properties.find((p) => p.name === name);
  if (!found) throw new Error(`the fixture has no property ${name}`);
  return found;
}

describe('master data, code lists and conformance (HTTP, real PostgreSQL)', () => {
  let h: GovernanceHarness;
  let countryPattern: string;
  const tokens = {} as Record<ActorName, string>;

  const as = (actor: ActorName, path: string, init: RequestInit = {}) =>
    h.call(path, { ...init, headers: { ...(init.headers as Record<string, string> | undefined), authorization: `Bearer ${tokens[actor]}` } });

  /** The fixture as a conformant contract: the customer id declares its uuid format, the country its ISO 3166 pattern. */
  const conformant = (edit: (contract: Contract) => void = () => undefined) =>
    customers((c) => {
      property(c, 'customer_id').logicalTypeOptions = { format: 'uuid' };
      property(c, 'country_code').logicalTypeOptions = { pattern: countryPattern };
      edit(c);
    });

  const check = (contracts: unknown[], actor: ActorName = 'consumer') => as(actor, '/v1/master-data/conformance', { method: 'POST', ...jsonBody({ contracts }) });

  beforeAll(async () => {
    h = await startGovernance();
    for (const [name, actor] of Object.entries(ACTORS)) tokens[name as ActorName] = await h.tokenFor(actor);
    for (const term of [
      { name: 'customer-identifier', title: 'Customer identifier', definition: 'The stable identifier the CRM assigns to a customer.', ownerTeamId: 'crm-data-team', synonyms: ['Customer ID'] },
      { name: 'country', title: 'Country', definition: 'Where a party resides.', ownerTeamId: 'crm-data-team' },
    ]) {
      expect((await as('officer', '/v1/glossary/terms', { method: 'POST', ...jsonBody(term) })).status).toBe(201);
    }
    const created = await as('officer', '/v1/master-data/entities', { method: 'POST', ...jsonBody(CUSTOMER) });
    expect(created.status).toBe(201);
    const linked = await as('officer', '/v1/glossary/terms/customer-identifier', { method: 'PATCH', ...jsonBody({ masterDataEntity: 'customer' }) });
    expect(linked.status).toBe(200);
    countryPattern = (await json<CodeListDto>(await as('consumer', '/v1/master-data/code-lists/iso-3166-1-alpha-2'))).pattern;
  });

  afterAll(async () => {
    await h.close();
  });

  describe('code lists', () => {
    it('ships ISO 3166-1 alpha-2 and ISO 4217, listed without their codes', async () => {
      const res = await as('consumer', '/v1/master-data/code-lists');
      expect(res.status).toBe(200);
      const page = await json<Page<CodeListSummaryDto>>(res);
      expect(page.items.map((l) => [l.name, l.shipped])).toEqual([
        ['iso-3166-1-alpha-2', true],
        ['iso-4217', true],
      ]);
      expect(page.items[0]).toMatchObject({ codeCount: 249, standard: 'ISO 3166-1:2020 alpha-2' });
      expect(page.items[0]).not.toHaveProperty('codes');
      expect(page.items[1]?.codeCount).toBeGreaterThan(150);
    });

    it('answers the 249 country codes whole, with English short names and the pattern a property must declare', async () => {
      const res = await as('consumer', '/v1/master-data/code-lists/iso-3166-1-alpha-2');
      expect(res.status).toBe(200);
      expect(res.headers.get('etag')).toMatch(/^".+"$/);
      const list = await json<CodeListDto>(res);
      expect(list.codes).toHaveLength(249);
      expect(list.codes).toEqual(expect.arrayContaining([{ code: 'DE', label: 'Germany' }, { code: 'AX', label: 'Åland Islands' }, { code: 'ZW', label: 'Zimbabwe' }]));
      expect(list.pattern.startsWith('^(AD|AE|AF|AG|AI|AL|')).toBe(true);
      const pattern = new RegExp(list.pattern, 'u');
      expect(list.codes.every((c) => pattern.test(c.code))).toBe(true);
      expect(['UK', 'EU', 'XK', 'de', 'DEU'].some((c) => pattern.test(c))).toBe(false);
    });

    it('answers the active ISO 4217 currencies', async () => {
      const list = await json<CodeListDto>(await as('consumer', '/v1/master-data/code-lists/iso-4217'));
      const codes = list.codes.map((c) => c.code);
      expect(codes).toEqual(expect.arrayContaining(['EUR', 'USD', 'JPY', 'CHF', 'XAU', 'ZWG', 'SLE']));
      expect(codes).not.toEqual(expect.arrayContaining(['HRK']));
      expect(list.codes.find((c) => c.code === 'EUR')?.label).toBe('Euro');
    });

    it('answers 404 for a list that does not exist', async () => {
      const res = await as('consumer', '/v1/master-data/code-lists/iso-639');
      expect(res.status).toBe(404);
      expect(await json<ProblemDocument>(res)).toMatchObject({ code: 'CODE_LIST_NOT_FOUND' });
    });

    it('lets a governance officer define a custom list, sorted by code, and refuses anyone else', async () => {
      const body = { name: 'customer-segment', title: 'Customer segments', codes: [{ code: 'smb', label: 'Small and medium business' }, { code: 'enterprise', label: 'Enterprise' }, { code: 'retail', label: 'Retail' }] };
      expect((await as('crmOwner', '/v1/master-data/code-lists', { method: 'POST', ...jsonBody(body) })).status).toBe(403);
      expect((await as('consumer', '/v1/master-data/code-lists', { method: 'POST', ...jsonBody(body) })).status).toBe(403);
      const res = await as('officer', '/v1/master-data/code-lists', { method: 'POST', ...jsonBody(body) });
      expect(res.status).toBe(201);
      expect(res.headers.get('location')).toBe('/v1/master-data/code-lists/customer-segment');
      expect(await json<CodeListDto>(res)).toMatchObject({ shipped: false, codeCount: 3, pattern: '^(enterprise|retail|smb)$', codes: [{ code: 'enterprise' }, { code: 'retail' }, { code: 'smb' }] });
      const again = await as('officer', '/v1/master-data/code-lists', { method: 'POST', ...jsonBody(body) });
      expect(again.status).toBe(409);
      expect(await json<ProblemDocument>(again)).toMatchObject({ code: 'CODE_LIST_EXISTS' });
    });

    it('answers 400 with pointers for repeated and malformed codes', async () => {
      const res = await as('officer', '/v1/master-data/code-lists', {
        method: 'POST',
        ...jsonBody({ name: 'bad-list', title: 'Bad', codes: [{ code: 'a', label: 'A' }, { code: 'a b', label: 'B' }, { code: 'a', label: 'again' }] }),
      });
      expect(res.status).toBe(400);
      const pointers = (await json<ProblemDocument>(res)).errors?.map((e) => e.pointer);
      expect(pointers).toEqual(expect.arrayContaining(['/codes', '/codes/1/code']));
    });
  });

  describe('master-data entities', () => {
    it('reads the canonical customer as it was defined', async () => {
      const res = await as('consumer', '/v1/master-data/entities/customer');
      expect(res.status).toBe(200);
      expect(await json<MasterDataEntityDto>(res)).toEqual({ ...CUSTOMER, createdAt: expect.any(String), updatedAt: expect.any(String) });
      const page = await json<Page<MasterDataEntityDto>>(await as('consumer', '/v1/master-data/entities'));
      expect(page.items.map((e) => e.name)).toContain('customer');
    });

    it('answers 409 for a name that is taken and 404 for an entity that does not exist', async () => {
      const taken = await as('officer', '/v1/master-data/entities', { method: 'POST', ...jsonBody(CUSTOMER) });
      expect(taken.status).toBe(409);
      expect(await json<ProblemDocument>(taken)).toMatchObject({ code: 'ENTITY_EXISTS' });
      const missing = await as('consumer', '/v1/master-data/entities/supplier');
      expect(missing.status).toBe(404);
      expect(await json<ProblemDocument>(missing)).toMatchObject({ code: 'ENTITY_NOT_FOUND' });
    });

    it('answers 400 with a pointer into the attributes', async () => {
      const res = await as('officer', '/v1/master-data/entities', {
        method: 'POST',
        ...jsonBody({ ...CUSTOMER, name: 'prospect', attributes: [{ name: 'id', title: 'Id', logicalType: 'uuid', required: true }, { name: '2nd', title: 'x', logicalType: 'string' }, { name: 'id', title: 'Again', logicalType: 'string', required: false }] }),
      });
      expect(res.status).toBe(400);
      const pointers = (await json<ProblemDocument>(res)).errors?.map((e) => e.pointer);
      expect(pointers).toEqual(expect.arrayContaining(['/attributes', '/attributes/0/logicalType', '/attributes/1/name', '/attributes/1/required']));
    });

    it('answers 422 with a pointer for each code list or term that does not exist', async () => {
      const res = await as('officer', '/v1/master-data/entities', {
        method: 'POST',
        ...jsonBody({ ...CUSTOMER, name: 'prospect', attributes: [CUSTOMER.attributes[0], { name: 'currency', title: 'Currency', logicalType: 'string', required: true, codeList: 'iso-9999', glossaryTerm: 'money' }] }),
      });
      expect(res.status).toBe(422);
      expect((await json<ProblemDocument>(res)).errors).toEqual([
        { pointer: '/attributes/1/codeList', detail: "code list 'iso-9999' does not exist" },
        { pointer: '/attributes/1/glossaryTerm', detail: "glossary term 'money' does not exist" },
      ]);
    });

    it.each<ActorName>(['crmOwner', 'consumer'])('refuses a %s defining, replacing or deleting an entity (403)', async (actor) => {
      const { name: _name, ...definition } = CUSTOMER;
      expect((await as(actor, '/v1/master-data/entities', { method: 'POST', ...jsonBody({ ...CUSTOMER, name: 'supplier' }) })).status).toBe(403);
      expect((await as(actor, '/v1/master-data/entities/customer', { method: 'PUT', ...jsonBody(definition) })).status).toBe(403);
      expect((await as(actor, '/v1/master-data/entities/customer', { method: 'DELETE' })).status).toBe(403);
    });

    it('lets a governance officer replace an entity with If-Match, and answers 412 to a stale one', async () => {
      const created = await as('officer', '/v1/master-data/entities', {
        method: 'POST',
        ...jsonBody({ name: 'supplier', title: 'Supplier', ownerTeamId: 'procurement-team', attributes: [{ name: 'supplier_id', title: 'Supplier identifier', logicalType: 'string', format: 'uuid', required: true }] }),
      });
      expect(created.status).toBe(201);
      const etag = created.headers.get('etag') ?? '';
      const replacement = { title: 'Supplier', ownerTeamId: 'procurement-team', attributes: [{ name: 'supplier_id', title: 'Supplier identifier', logicalType: 'integer', required: true }] };
      const res = await as('officer', '/v1/master-data/entities/supplier', { method: 'PUT', ...jsonBody(replacement, { 'if-match': etag }) });
      expect(res.status).toBe(200);
      expect(await json<MasterDataEntityDto>(res)).toMatchObject({ description: null, attributes: [{ name: 'supplier_id', title: 'Supplier identifier', logicalType: 'integer', required: true }] });
      const stale = await as('officer', '/v1/master-data/entities/supplier', { method: 'PUT', ...jsonBody(replacement, { 'if-match': etag }) });
      expect(stale.status).toBe(412);
      const missing = await as('officer', '/v1/master-data/entities/vendor', { method: 'PUT', ...jsonBody(replacement) });
      expect(missing.status).toBe(404);
      expect((await as('officer', '/v1/master-data/entities/supplier', { method: 'DELETE' })).status).toBe(204);
      expect((await as('consumer', '/v1/master-data/entities/supplier')).status).toBe(404);
    });

    it('keeps an entity that glossary terms name, and a term that an attribute stands for (409)', async () => {
      const entity = await as('officer', '/v1/master-data/entities/customer', { method: 'DELETE' });
      expect(entity.status).toBe(409);
      expect(await json<ProblemDocument>(entity)).toMatchObject({ code: 'ENTITY_IN_USE', detail: "Master-data entity 'customer' is named by glossary term 'customer-identifier'; change them first." });
      const term = await as('officer', '/v1/glossary/terms/country', { method: 'DELETE' });
      expect(term.status).toBe(409);
      expect(await json<ProblemDocument>(term)).toMatchObject({ code: 'TERM_IN_USE' });
    });
  });

  describe('conformance', () => {
    it('passes the customers contract once it declares the canonical format and the ISO 3166 pattern', async () => {
      const res = await check([conformant()]);
      expect(res.status).toBe(200);
      expect(await json<ConformanceReportDto>(res)).toEqual({ conformant: true, findings: [] });
    });

    it('catches a customer id declared integer where the canonical attribute is a uuid string', async () => {
      const contract = conformant((c) => {
        property(c, 'customer_id').logicalType = 'integer';
        property(c, 'customer_id').physicalType = 'bigint';
        delete property(c, 'customer_id').logicalTypeOptions;
      });
      const report = await json<ConformanceReportDto>(await check([conformant(), contract]));
      expect(report).toEqual({
        conformant: false,
        findings: [
          {
            pointer: '/contracts/1/schema/0/properties/0',
            rule: 'logical-type',
            message: "Property 'customer_id' stands for master-data attribute 'customer/customer_id' (through glossary term 'customer-identifier') and must have logicalType 'string', not 'integer'.",
            term: 'customer-identifier',
            entity: 'customer',
            attribute: 'customer_id',
            expected: 'string',
            actual: 'integer',
          },
        ],
      });
    });

    it('catches a customer id without its uuid format, as the fixture declares it', async () => {
      const contract = conformant((c) => delete property(c, 'customer_id').logicalTypeOptions);
      expect((await json<ConformanceReportDto>(await check([contract]))).findings).toEqual([
        expect.objectContaining({ pointer: '/contracts/0/schema/0/properties/0', rule: 'format', expected: 'uuid', attribute: 'customer_id' }),
      ]);
    });

    it('catches a required attribute missing from the schema object that claims to be a customer', async () => {
      const contract = conformant((c) => {
        const table = c.schema[0];
        if (table) table.properties = table.properties.filter((p) => p.name !== 'email');
      });
      expect((await json<ConformanceReportDto>(await check([contract]))).findings).toEqual([
        {
          pointer: '/contracts/0/schema/0',
          rule: 'required-attribute',
          message:
            "Schema object 'customers' claims to be master-data entity 'customer' but has no property for its required attribute 'email' (Primary e-mail address); " +
            "add one named 'email' or link one with authoritativeDefinitions url 'meshwork:master-data:customer/email'.",
          entity: 'customer',
          attribute: 'email',
        },
      ]);
    });

    it('catches a country column without the ISO 3166 pattern, as the fixture declares it', async () => {
      const report = await json<ConformanceReportDto>(await check([customers((c) => (property(c, 'customer_id').logicalTypeOptions = { format: 'uuid' }))]));
      expect(report.findings).toEqual([
        {
          pointer: '/contracts/0/schema/0/properties/3',
          rule: 'code-list-pattern',
          message:
            "Property 'country_code' takes its values from code list 'iso-3166-1-alpha-2' and must declare the list's pattern as logicalTypeOptions.pattern " +
            "(GET /v1/master-data/code-lists/iso-3166-1-alpha-2 gives it), not '^[A-Z]{2}$'.",
          term: 'country',
          entity: 'customer',
          attribute: 'country_code',
          codeList: 'iso-3166-1-alpha-2',
          expected: countryPattern,
          actual: '^[A-Z]{2}$',
        },
      ]);
    });

    it('binds columns through authoritativeDefinitions links in a schema object with another business name', async () => {
      const contract = conformant((c) => {
        const table = c.schema[0];
        if (!table) return;
        table.businessName = 'Client';
        table.authoritativeDefinitions = [{ type: 'canonical', url: 'meshwork:master-data:customer' }];
        const country = property(c, 'country_code');
        country.name = 'land';
        country.authoritativeDefinitions = [{ type: 'businessDefinition', url: 'meshwork:glossary:country' }];
        delete country.logicalTypeOptions;
      });
      expect((await json<ConformanceReportDto>(await check([contract]))).findings).toEqual([expect.objectContaining({ pointer: '/contracts/0/schema/0/properties/3', rule: 'code-list-pattern', term: 'country' })]);
    });

    it('answers 400 with pointers into the contract for a document that is not valid ODCS', async () => {
      const res = await check([conformant(), conformant((c) => (property(c, 'customer_id').logicalType = 'uuid'))]);
      expect(res.status).toBe(400);
      const problem = await json<ProblemDocument>(res);
      expect(problem.code).toBe('VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.pointer)).toContain('/contracts/1/schema/0/properties/0/logicalType');
    });

    it.each([
      ['no contracts', { contracts: [] }, '/contracts'],
      ['a contract that is not an object', { contracts: ['apiVersion: v3.1.0'] }, '/contracts'],
      ['no body member', { documents: [] }, '/documents'],
    ])('answers 400 for %s', async (_case, body, pointer) => {
      const res = await as('consumer', '/v1/master-data/conformance', { method: 'POST', ...jsonBody(body) });
      expect(res.status).toBe(400);
      expect((await json<ProblemDocument>(res)).errors?.map((e) => e.pointer)).toContain(pointer);
    });

    it('lets a governance officer check too', async () => {
      expect((await check([conformant()], 'officer')).status).toBe(200);
    });
  });
});
