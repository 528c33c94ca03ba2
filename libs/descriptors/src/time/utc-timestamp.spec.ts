import { isNaiveTimestamp, toUtcIso, withUtcZone } from './utc-timestamp';

describe('withUtcZone', () => {
  it.each([
    ['2024-06-03T05:17:42', '2024-06-03T05:17:42Z'],
    ['2024-06-03 05:17:42.118', '2024-06-03T05:17:42.118Z'],
    ['2024-06-03T05:17', '2024-06-03T05:17Z'],
    ['2024-06-03T05:17:42Z', '2024-06-03T05:17:42Z'],
    ['2024-06-03T05:17:42+02:00', '2024-06-03T05:17:42+02:00'],
    ['2024-06-03', '2024-06-03'],
    ['yesterday', 'yesterday'],
  ])('reads %p as %p', (text, expected) => {
    expect(withUtcZone(text)).toBe(expected);
    expect(isNaiveTimestamp(text)).toBe(text !== expected);
  });
});

describe('toUtcIso', () => {
  it.each([
    ['2020-12-28T19:52:00.001+10:00', '2020-12-28T09:52:00.001Z'],
    ['2024-06-03T05:17:42.118Z', '2024-06-03T05:17:42.118Z'],
    ['2024-06-03T05:17:42', '2024-06-03T05:17:42.000Z'],
    ['2024-06-03 05:17:42.118', '2024-06-03T05:17:42.118Z'],
    ['2024-06-03T05:17:42.118123456-02:30', '2024-06-03T07:47:42.118Z'],
    ['not a time', undefined],
  ])('writes %p as %p', (text, expected) => {
    expect(toUtcIso(text)).toBe(expected);
  });
});
