import { majorDeprecationDate } from './catalog-feed';

describe('the deprecation date of a previous major', () => {
  const at = new Date('2026-11-26T08:00:00.000Z');

  it.each([
    [undefined, '2027-02-24T08:00:00.000Z'],
    ['', '2027-02-24T08:00:00.000Z'],
    ['30', '2026-12-26T08:00:00.000Z'],
    ['0', '2026-11-26T08:00:00.000Z'],
    ['-1', '2027-02-24T08:00:00.000Z'],
    ['1.5', '2027-02-24T08:00:00.000Z'],
    ['soon', '2027-02-24T08:00:00.000Z'],
  ])('CATALOG_MAJOR_DEPRECATION_DAYS=%p serves the old major until %s', (setting, expected) => {
    expect(majorDeprecationDate(at, setting)).toBe(expected);
  });
});
