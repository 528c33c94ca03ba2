import fc from 'fast-check';
import { DescriptorErrorCode } from '../errors/descriptor-error';
import { isKebabName, parseUrn, portUrn, productUrn, toKebabName } from './urn';

const kebabName = fc.stringMatching(/^[a-z][a-z0-9]{0,9}(-[a-z0-9]{1,8}){0,4}$/);
const major = fc.oneof(fc.nat(20), fc.maxSafeNat());
const segment = fc.oneof(kebabName, fc.constantFrom('', 'v0', 'v7', 'v01', 'vx', 'V1', 'Crm', 'a_b', 'a--b'), fc.string());
const urnLike = fc.oneof(
  fc.string(),
  fc.array(segment, { maxLength: 6 }).map((segments) => ['urn', 'meshwork', ...segments].join(':')),
);

describe('isKebabName', () => {
  it.each(['crm', 'crm-customers', 'crm-customers-v1', 'a1-2b', 'x'.repeat(63)])('accepts %p', (name) => {
    expect(isKebabName(name)).toBe(true);
  });

  it.each(['', 'CRM', 'crm_customers', 'crm--customers', '-crm', 'crm-', '1crm', 'crm customers', 'x'.repeat(64), 'crm:customers'])(
    'refuses %p',
    (name) => {
      expect(isKebabName(name)).toBe(false);
    },
  );
});

describe('productUrn and portUrn', () => {
  it('build the product URN', () => {
    expect(productUrn('crm', 'crm-customers')).toBe('urn:meshwork:crm:crm-customers');
  });

  it('build the output port URN with the major version', () => {
    expect(portUrn('crm', 'crm-customers', 'customers', 1)).toBe('urn:meshwork:crm:crm-customers:customers:v1');
    expect(portUrn('crm', 'crm-customers', 'customers', 0)).toBe('urn:meshwork:crm:crm-customers:customers:v0');
  });

  it.each([
    ['domain', () => productUrn('CRM', 'customers')],
    ['product', () => productUrn('crm', 'crm customers')],
    ['port', () => portUrn('crm', 'customers', 'raw_transactions', 1)],
  ])('refuse a %s name that is not kebab', (_role, build) => {
    expect(build).toThrow(expect.objectContaining({ code: DescriptorErrorCode.INVALID_NAME }));
  });

  it.each([-1, 1.5, Number.NaN, Number.MAX_SAFE_INTEGER + 1])('refuse the major %p', (value) => {
    expect(() => portUrn('crm', 'customers', 'customers', value)).toThrow(
      expect.objectContaining({ code: DescriptorErrorCode.INVALID_VERSION }),
    );
  });
});

describe('parseUrn', () => {
  it.each([
    ['urn:meshwork:crm:crm-customers', { kind: 'product', domain: 'crm', product: 'crm-customers' }],
    ['urn:meshwork:crm:crm-customers:customers:v1', { kind: 'port', domain: 'crm', product: 'crm-customers', port: 'customers', major: 1 }],
    ['urn:meshwork:crm:crm-customers:customers:v0', { kind: 'port', domain: 'crm', product: 'crm-customers', port: 'customers', major: 0 }],
    ['urn:meshwork:crm:crm-customers:customers:v12', { kind: 'port', domain: 'crm', product: 'crm-customers', port: 'customers', major: 12 }],
  ])('parses %s', (urn, expected) => {
    expect(parseUrn(urn)).toEqual(expected);
  });

  it.each([
    ['a wrong prefix', 'urn:mesh:crm:customers'],
    ['an upper-case prefix', 'URN:meshwork:crm:customers'],
    ['an upper-case name', 'urn:meshwork:CRM:customers'],
    ['an empty segment', 'urn:meshwork::customers'],
    ['a trailing colon', 'urn:meshwork:crm:customers:'],
    ['a missing product', 'urn:meshwork:crm'],
    ['a port without major', 'urn:meshwork:crm:customers:customers'],
    ['a major with a leading zero', 'urn:meshwork:crm:customers:customers:v01'],
    ['a major that is not a number', 'urn:meshwork:crm:customers:customers:vx'],
    ['a major without v', 'urn:meshwork:crm:customers:customers:1'],
    ['an upper-case V', 'urn:meshwork:crm:customers:customers:V1'],
    ['a negative major', 'urn:meshwork:crm:customers:customers:v-1'],
    ['a major beyond safe integers', 'urn:meshwork:crm:customers:customers:v9007199254740993'],
    ['too many segments', 'urn:meshwork:crm:customers:customers:v1:extra'],
    ['a name with an underscore', 'urn:meshwork:crm:crm_customers'],
    ['a name longer than 63 characters', `urn:meshwork:crm:${'x'.repeat(64)}`],
    ['surrounding spaces', ' urn:meshwork:crm:customers'],
    ['an empty string', ''],
  ])('refuses %s', (_case, urn) => {
    expect(parseUrn(urn)).toBeUndefined();
  });

  it('reads back every product URN it builds', () => {
    fc.assert(
      fc.property(kebabName, kebabName, (domain, product) => {
        expect(parseUrn(productUrn(domain, product))).toEqual({ kind: 'product', domain, product });
      }),
    );
  });

  it('reads back every port URN it builds', () => {
    fc.assert(
      fc.property(kebabName, kebabName, kebabName, major, (domain, product, port, value) => {
        expect(parseUrn(portUrn(domain, product, port, value))).toEqual({ kind: 'port', domain, product, port, major: value });
      }),
    );
  });

  it('never accepts a string that the builders could not have produced', () => {
    fc.assert(
      fc.property(urnLike, (text) => {
        const parsed = parseUrn(text);
        if (!parsed) return;
        const rebuilt =
          parsed.kind === 'product'
            ? productUrn(parsed.domain, parsed.product)
            : portUrn(parsed.domain, parsed.product, parsed.port, parsed.major);
        expect(rebuilt).toBe(text);
      }),
    );
  });
});

describe('toKebabName', () => {
  it.each([
    ['rawtransactions', 'rawtransactions'],
    ['CRM Customers', 'crm-customers'],
    ['crm_customers_v1', 'crm-customers-v1'],
    ['rawTransactions', 'raw-transactions'],
    ['CRMCustomers', 'crm-customers'],
    ['  Customer Data Product  ', 'customer-data-product'],
    ['payments ', 'payments'],
    ['Übersicht Kunden', 'ubersicht-kunden'],
    ['orders--v2', 'orders-v2'],
    ['tpc-dict-update', 'tpc-dict-update'],
  ])('turns %p into %p', (text, expected) => {
    expect(toKebabName(text)).toBe(expected);
  });

  it.each(['', '   ', '---', '2024 sales', '日本', 'x'.repeat(64)])('gives no name for %p', (text) => {
    expect(toKebabName(text)).toBeUndefined();
  });

  it('keeps a kebab name as it is', () => {
    fc.assert(fc.property(kebabName, (name) => expect(toKebabName(name)).toBe(name)));
  });

  it('gives a kebab name or nothing for any text', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme-composite' }), (text) => {
        const name = toKebabName(text);
        if (name !== undefined) expect(isKebabName(name)).toBe(true);
      }),
    );
  });
});
