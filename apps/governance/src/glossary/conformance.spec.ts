import { codeListPattern } from './code-list-pattern';
import { checkConformance, type ConformanceReference, linksOf } from './conformance';

const COUNTRY_PATTERN = codeListPattern(['DE', 'FR', 'AD']);

const REFERENCE: ConformanceReference = {
  terms: [
    { name: 'customer-identifier', title: 'Customer identifier', synonyms: ['Customer ID', 'Client number'], masterDataEntity: 'customer' },
    { name: 'country', title: 'Country', synonyms: ['Country code'], masterDataEntity: null },
    { name: 'free-text', title: 'Remark', synonyms: [] },
  ],
  entities: [
    {
      name: 'customer',
      title: 'Customer',
      attributes: [
        { name: 'customer_id', title: 'Customer identifier', logicalType: 'string', format: 'uuid', required: true, glossaryTerm: 'customer-identifier' },
        { name: 'email', title: 'E-mail address', logicalType: 'string', format: 'email', required: true },
        { name: 'country_code', title: 'Country', logicalType: 'string', required: false, codeList: 'countries', glossaryTerm: 'country' },
        { name: 'loyalty_number', title: 'Loyalty number', logicalType: 'string', pattern: '^L[0-9]{6}$', required: false },
      ],
    },
    {
      name: 'order',
      title: 'Order',
      attributes: [
        { name: 'order_id', title: 'Order identifier', logicalType: 'string', format: 'uuid', required: true },
        // The same term in another entity, with another (wrong on purpose) type: the carried entity decides.
        { name: 'customer_ref', title: 'Customer', logicalType: 'integer', required: true, glossaryTerm: 'customer-identifier' },
      ],
    },
  ],
  codeLists: [{ name: 'countries', pattern: COUNTRY_PATTERN }],
};

interface Prop {
  name: string;
  [key: string]: unknown;
}

function contract(properties: Prop[], object: Record<string, unknown> = { name: 'customers', businessName: 'Customer' }): Record<string, unknown> {
  return { apiVersion: 'v3.1.0', kind: 'DataContract', schema: [{ ...object, properties }] };
}

const ID: Prop = { name: 'customer_id', businessName: 'Customer identifier', logicalType: 'string', logicalTypeOptions: { format: 'uuid' } };
const EMAIL: Prop = { name: 'email', logicalType: 'string', logicalTypeOptions: { format: 'email' } };
const COUNTRY: Prop = { name: 'country_code', logicalType: 'string', logicalTypeOptions: { pattern: COUNTRY_PATTERN } };

describe('checkConformance', () => {
  it('finds nothing in a contract that honours its definitions', () => {
    expect(checkConformance([contract([ID, EMAIL, COUNTRY])], REFERENCE)).toEqual([]);
  });

  it('reports a customer id declared integer where the canonical attribute is a uuid string', () => {
    const findings = checkConformance([contract([{ ...ID, logicalType: 'integer', logicalTypeOptions: {} }, EMAIL])], REFERENCE);
    expect(findings).toEqual([
      {
        pointer: '/contracts/0/schema/0/properties/0',
        rule: 'logical-type',
        message: "Property 'customer_id' stands for master-data attribute 'customer/customer_id' (through glossary term 'customer-identifier') and must have logicalType 'string', not 'integer'.",
        term: 'customer-identifier',
        entity: 'customer',
        attribute: 'customer_id',
        expected: 'string',
        actual: 'integer',
      },
    ]);
  });

  it.each([
    ['no format', {}, undefined, "must declare logicalTypeOptions.format 'uuid', but declares none."],
    ['another format', { format: 'uri' }, 'uri', "must declare logicalTypeOptions.format 'uuid', not 'uri'."],
  ])('reports a customer id with %s', (_case, options, actual, tail) => {
    const [finding] = checkConformance([contract([{ ...ID, logicalTypeOptions: options }, EMAIL])], REFERENCE);
    expect(finding).toMatchObject({ pointer: '/contracts/0/schema/0/properties/0', rule: 'format', expected: 'uuid' });
    expect(finding?.actual).toBe(actual);
    expect(finding?.message.endsWith(tail)).toBe(true);
  });

  it('reports a missing logicalType as a logical-type finding', () => {
    const { logicalType: _omitted, ...untyped } = ID;
    expect(checkConformance([contract([untyped as Prop, EMAIL])], REFERENCE)).toMatchObject([{ rule: 'logical-type', message: expect.stringMatching(/must have logicalType 'string', but declares none\.$/) }]);
  });

  it.each([
    ['a synonym, in other case', { businessName: 'customer id' }],
    ['a glossary link', { businessName: undefined, authoritativeDefinitions: [{ type: 'businessDefinition', url: 'meshwork:glossary:customer-identifier' }] }],
    ['an attribute link', { businessName: undefined, authoritativeDefinitions: [{ type: 'canonical', url: 'meshwork:master-data:customer/customer_id' }] }],
  ])('binds a property to its attribute through %s', (_case, binding) => {
    const property = { ...ID, name: 'client_key', ...binding, logicalType: 'number' };
    const findings = checkConformance([contract([property, EMAIL], { name: 'accounts' })], REFERENCE);
    expect(findings).toMatchObject([{ pointer: '/contracts/0/schema/0/properties/0', rule: 'logical-type', entity: 'customer', attribute: 'customer_id', actual: 'number' }]);
  });

  it('inside a schema object that carries an entity, binds a property by the attribute name', () => {
    const findings = checkConformance([contract([{ name: 'customer_id', logicalType: 'integer' }, EMAIL])], REFERENCE);
    expect(findings).toMatchObject([{ rule: 'logical-type', entity: 'customer', attribute: 'customer_id', term: 'customer-identifier' }]);
    expect(findings[0]?.message).toBe("Property 'customer_id' stands for master-data attribute 'customer/customer_id' and must have logicalType 'string', not 'integer'.");
  });

  it('checks a term against the attribute of the entity the schema object carries', () => {
    const orders = contract([{ name: 'order_id', logicalType: 'string', logicalTypeOptions: { format: 'uuid' } }, { name: 'buyer', businessName: 'Customer ID', logicalType: 'integer' }], { name: 'orders', businessName: 'Order' });
    expect(checkConformance([orders], REFERENCE)).toEqual([]);
  });

  it("checks a term outside any entity against the term's own entity", () => {
    const findings = checkConformance([contract([{ name: 'buyer', businessName: 'Customer ID', logicalType: 'integer' }], { name: 'events' })], REFERENCE);
    expect(findings).toMatchObject([{ rule: 'logical-type', entity: 'customer', attribute: 'customer_id', expected: 'string' }]);
  });

  it('reports each required attribute missing from a schema object that carries the entity', () => {
    const findings = checkConformance([contract([COUNTRY])], REFERENCE);
    expect(findings).toEqual([
      {
        pointer: '/contracts/0/schema/0',
        rule: 'required-attribute',
        message:
          "Schema object 'customers' claims to be master-data entity 'customer' but has no property for its required attribute 'customer_id' (Customer identifier); " +
          "add one named 'customer_id' or link one with authoritativeDefinitions url 'meshwork:master-data:customer/customer_id'.",
        entity: 'customer',
        attribute: 'customer_id',
        term: 'customer-identifier',
      },
      expect.objectContaining({ pointer: '/contracts/0/schema/0', rule: 'required-attribute', attribute: 'email' }),
    ]);
  });

  it('claims an entity through an authoritativeDefinitions link and counts attributes present under other names', () => {
    const object = { name: 'clients', authoritativeDefinitions: [{ type: 'canonical', url: 'meshwork:master-data:customer' }] };
    const findings = checkConformance([contract([{ ...ID, name: 'client_key' }, { name: 'mail', businessName: 'E-mail address', logicalType: 'string', logicalTypeOptions: { format: 'email' } }], object)], REFERENCE);
    expect(findings).toEqual([]);
  });

  it.each([
    ['without a pattern', {}, undefined],
    ['with another pattern', { pattern: '^[A-Z]{2}$' }, '^[A-Z]{2}$'],
  ])('reports a country column %s', (_case, options, actual) => {
    const findings = checkConformance([contract([ID, EMAIL, { ...COUNTRY, logicalTypeOptions: options }])], REFERENCE);
    expect(findings).toEqual([
      {
        pointer: '/contracts/0/schema/0/properties/2',
        rule: 'code-list-pattern',
        message: expect.stringContaining("Property 'country_code' takes its values from code list 'countries' and must declare the list's pattern as logicalTypeOptions.pattern"),
        term: 'country',
        entity: 'customer',
        attribute: 'country_code',
        codeList: 'countries',
        expected: '^(AD|DE|FR)$',
        ...(actual === undefined ? {} : { actual }),
      },
    ]);
  });

  it('binds a property straight to a code list through a link, also in array items and nested objects', () => {
    const link = [{ type: 'canonical', url: 'meshwork:code-list:countries' }];
    const address = { name: 'address', logicalType: 'object', properties: [{ name: 'country', logicalType: 'string', authoritativeDefinitions: link }] };
    const markets = { name: 'markets', logicalType: 'array', items: { logicalType: 'string', authoritativeDefinitions: link, logicalTypeOptions: { pattern: COUNTRY_PATTERN } } };
    const visited = { name: 'visited', logicalType: 'array', items: { logicalType: 'string', authoritativeDefinitions: link } };
    const findings = checkConformance([contract([address, markets, visited], { name: 'profiles' })], REFERENCE);
    expect(findings.map((f) => [f.pointer, f.rule, f.codeList])).toEqual([
      ['/contracts/0/schema/0/properties/0/properties/0', 'code-list-pattern', 'countries'],
      ['/contracts/0/schema/0/properties/2/items', 'code-list-pattern', 'countries'],
    ]);
  });

  it("checks an attribute's own pattern as a format rule", () => {
    const findings = checkConformance([contract([ID, EMAIL, { name: 'loyalty_number', logicalType: 'string', logicalTypeOptions: { pattern: '^L\\d+$' } }])], REFERENCE);
    expect(findings).toMatchObject([{ pointer: '/contracts/0/schema/0/properties/2', rule: 'format', expected: '^L[0-9]{6}$', actual: '^L\\d+$' }]);
  });

  it('points into the right contract and schema object, in document order', () => {
    const wrong = { ...ID, logicalType: 'integer' };
    const second = { apiVersion: 'v3.1.0', kind: 'DataContract', schema: [{ name: 'misc', properties: [] }, { name: 'people', businessName: 'customer', properties: [EMAIL, wrong] }] };
    const findings = checkConformance([contract([ID, EMAIL]), second], REFERENCE);
    expect(findings.map((f) => `${f.pointer} ${f.rule}`)).toEqual(['/contracts/1/schema/1/properties/1 logical-type']);
  });

  it('ignores properties without a binding, unknown links and documents without a schema', () => {
    const unknown = { name: 'x', logicalType: 'integer', authoritativeDefinitions: [{ type: 'canonical', url: 'meshwork:master-data:nobody/nothing' }, { url: 42 }, 'junk'] };
    const remark = { name: 'remark', businessName: 'Remark', logicalType: 'integer' };
    expect(checkConformance([contract([unknown as Prop, remark], { name: 'misc' }), { kind: 'DataContract' }, null, { schema: 'nope' }], REFERENCE)).toEqual([]);
  });
});

describe('linksOf', () => {
  it('reads the meshwork urls of authoritativeDefinitions, the first of each kind', () => {
    const node = {
      authoritativeDefinitions: [
        { type: 'canonical', url: 'https://example.com/x' },
        { type: 'businessDefinition', url: 'meshwork:glossary:country' },
        { type: 'businessDefinition', url: 'meshwork:glossary:other' },
        { type: 'canonical', url: 'meshwork:master-data:customer' },
        { type: 'canonical', url: 'meshwork:master-data:customer/country_code' },
        { type: 'canonical', url: ' meshwork:code-list:iso-3166-1-alpha-2 ' },
      ],
    };
    expect(linksOf(node)).toEqual({ term: 'country', entity: 'customer', attribute: { entity: 'customer', attribute: 'country_code' }, codeList: 'iso-3166-1-alpha-2' });
  });
});

describe('codeListPattern', () => {
  it('anchors the codes in code-point order and escapes what a regular expression would read', () => {
    expect(codeListPattern(['b', 'a.1', 'A+', 'a'])).toBe('^(A\\+|a|a\\.1|b)$');
  });

  it('gives a pattern that matches exactly the codes', () => {
    const pattern = new RegExp(codeListPattern(['DE', 'FR', 'A.B']), 'u');
    expect(['DE', 'FR', 'A.B'].every((c) => pattern.test(c))).toBe(true);
    expect(['D', 'DEU', 'AXB', 'de', 'FR '].some((c) => pattern.test(c))).toBe(false);
  });
});
