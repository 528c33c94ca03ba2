import { CatalogError } from '../common/catalog-error';
import { canonicalJson, checkSubmission, contentHash, readSubmission, UNVERSIONED } from './product-submission';

const product = (extra: Record<string, unknown> = {}) => ({
  apiVersion: 'v1.0.0',
  kind: 'DataProduct',
  id: 'p-1',
  name: 'Orders',
  version: '1.0.0',
  status: 'active',
  outputPorts: [{ name: 'orders', version: '1.0.0', contractId: 'c-1' }],
  ...extra,
});

const contract = (extra: Record<string, unknown> = {}) => ({ apiVersion: 'v3.1.0', kind: 'DataContract', id: 'c-1', version: '1.0.0', status: 'active', ...extra });

function pointersOf(run: () => unknown): string[] {
  try {
    run();
  } catch (error) {
    if (error instanceof CatalogError) return (error.errors ?? []).map((e) => e.pointer);
    throw error;
  }
  throw new Error('expected a CatalogError');
}

describe('readSubmission', () => {
  it('accepts an envelope and a bare ODPS document', () => {
    expect(readSubmission({ product: product(), contracts: [contract()] }).productPointer).toBe('/product');
    expect(readSubmission(product())).toMatchObject({ productPointer: '', contracts: [] });
  });

  it('parses YAML text', () => {
    expect(readSubmission('kind: DataProduct\nid: p-1\n').product).toEqual({ kind: 'DataProduct', id: 'p-1' });
  });

  it.each([
    [[1, 2], ['']],
    [{ something: 'else' }, ['/product']],
    [{ product: product(), contracts: 'nope', extra: 1 }, ['/extra', '/contracts']],
    [{ product: 'nope', contracts: [1] }, ['/product', '/contracts/0']],
  ])('points at what is wrong with %j', (body, pointers) => {
    expect(pointersOf(() => readSubmission(body))).toEqual(pointers);
  });
});

describe('checkSubmission', () => {
  it('registers a document without a version as version 0.0.0', () => {
    const { version: _omitted, ...unversioned } = product();
    expect(checkSubmission(readSubmission(unversioned), 'sales').version).toBe(UNVERSIONED);
  });

  it.each([
    ['a port version that is not semver', product({ outputPorts: [{ name: 'orders', version: 'latest' }] }), [], ['/product/outputPorts/0/version']],
    ['a port name without a URN segment', product({ outputPorts: [{ name: '2024', version: '1.0.0' }] }), [], ['/product/outputPorts/0/name']],
    ['the same port major twice', product({ outputPorts: [{ name: 'orders', version: '1.0.0' }, { name: 'Orders', version: '1.1.0' }] }), [], ['/product/outputPorts/1']],
    ['a product of another domain', product({ domain: 'billing' }), [], ['/product/domain']],
    ['a contract no port uses', product(), [contract({ id: 'other' })], ['/contracts/0/id']],
    ['the same contract version twice', product(), [contract(), contract()], ['/contracts/1']],
  ])('rejects %s', (_label, doc, contracts, pointers) => {
    expect(pointersOf(() => checkSubmission(readSubmission({ product: doc, contracts }), 'sales'))).toEqual(pointers);
  });

  it('hashes equal content equally whatever the key order', () => {
    const a = checkSubmission(readSubmission({ product: product(), contracts: [contract()] }), 'sales');
    const reordered = Object.fromEntries(Object.entries(product()).reverse());
    const b = checkSubmission(readSubmission({ product: reordered, contracts: [contract()] }), 'sales');
    expect(b.hash).toBe(a.hash);
    const c = checkSubmission(readSubmission({ product: product({ tags: ['x'] }), contracts: [contract()] }), 'sales');
    expect(c.hash).not.toBe(a.hash);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every depth and keeps array order', () => {
    expect(canonicalJson({ b: 1, a: { d: [2, 1], c: null } })).toBe('{"a":{"c":null,"d":[2,1]},"b":1}');
    expect(contentHash({ x: 1, y: 2 })).toBe(contentHash({ y: 2, x: 1 }));
  });
});
