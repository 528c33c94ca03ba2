import { readFixture } from '../../test/fixtures';
import type { OdpsProduct } from '../model/odps.types';
import { parseDocument } from '../parsing/parse-document';
import { isOdpsV09, pointerBeforeUpgrade, upgradeOdps } from './upgrade-odps';

const members = [
  { username: 'john.doe@retailcorp.com', role: 'owner' },
  { username: 'jane.smith@retailcorp.com', role: 'data steward' },
];

const v09: OdpsProduct = Object.freeze({
  apiVersion: 'v0.9.0',
  kind: 'DataProduct',
  id: 'fbe8d147-28db-4f1d-bedf-a3fe9f458427',
  status: 'draft',
  team: members,
});

describe('upgradeOdps', () => {
  it('wraps a v0.9 member list into a v1.0 team object and sets apiVersion v1.0.0', () => {
    expect(upgradeOdps(v09)).toEqual({ ...v09, apiVersion: 'v1.0.0', team: { members } });
  });

  it('does not change the document it upgrades', () => {
    const sent = structuredClone(v09);

    upgradeOdps(v09);

    expect(v09).toStrictEqual(sent);
  });

  it('only changes apiVersion of a v0.9 document that already has a team object', () => {
    const doc = parseDocument(readFixture('customer-data-product.odps.yaml'), 'yaml') as OdpsProduct;

    expect(upgradeOdps(doc)).toEqual({ ...doc, apiVersion: 'v1.0.0' });
  });

  it('returns a v1.0 document as it is', () => {
    const doc: OdpsProduct = { apiVersion: 'v1.0.0', kind: 'DataProduct', id: 'p', status: 'active' };

    expect(upgradeOdps(doc)).toBe(doc);
  });

  it.each([
    ['v0.9.0', true],
    ['v0.9.12', true],
    ['v0.9', false],
    ['v1.0.0', false],
    ['0.9.0', false],
    [undefined, false],
  ])('treats apiVersion %p as v0.9: %p', (apiVersion, expected) => {
    expect(isOdpsV09(apiVersion)).toBe(expected);
  });
});

describe('pointerBeforeUpgrade', () => {
  it.each([
    ['/team/members/1/username', '/team/1/username'],
    ['/team/members/0', '/team/0'],
    ['/team/members', '/team'],
    ['/outputPorts/0/version', '/outputPorts/0/version'],
    ['/team/membership', '/team/membership'],
  ])('maps %s back to %s for a v0.9 member list', (pointer, expected) => {
    expect(pointerBeforeUpgrade(v09, pointer)).toBe(expected);
  });

  it('leaves pointers into a document that had a team object unchanged', () => {
    const doc: OdpsProduct = { ...v09, team: { members } };

    expect(pointerBeforeUpgrade(doc, '/team/members/0/username')).toBe('/team/members/0/username');
  });
});
