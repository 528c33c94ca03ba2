import { parseDuration, parseInterval, periodOfCron, type Duration } from './durations';

describe('parseDuration', () => {
  it.each<[string, Duration | undefined]>([
    ['25h', { value: 25, unit: 'h' }],
    ['24 hours', { value: 24, unit: 'h' }],
    ['5s', { value: 5, unit: 's' }],
    ['30d', { value: 30, unit: 'd' }],
    ['90 days', { value: 90, unit: 'd' }],
    ['1 year', { value: 1, unit: 'y' }],
    ['2 weeks', { value: 14, unit: 'd' }],
    ['15m', { value: 15, unit: 'min' }],
    ['15 minutes', { value: 15, unit: 'min' }],
    ['every 15 minutes', { value: 15, unit: 'min' }],
    ['1.5 h', { value: 1.5, unit: 'h' }],
    ['P1Y', { value: 1, unit: 'y' }],
    ['P3M', { value: 3, unit: 'mo' }],
    ['P1Y6M', { value: 18, unit: 'mo' }],
    ['P1W', { value: 7, unit: 'd' }],
    ['P1D', { value: 1, unit: 'd' }],
    ['PT1H', { value: 1, unit: 'h' }],
    ['PT24H', { value: 24, unit: 'h' }],
    ['PT30M', { value: 30, unit: 'min' }],
    ['P1DT12H', { value: 36, unit: 'h' }],
    ['PT1H30M', { value: 90, unit: 'min' }],
    ['P1Y2D', undefined],
    ['P', undefined],
    ['PT', undefined],
    ['one day', undefined],
    ['h', undefined],
    ['25 parsecs', undefined],
  ])('reads %p as %p', (text, expected) => {
    expect(parseDuration(text)).toEqual(expected);
  });
});

describe('parseInterval', () => {
  it.each<[string, Duration | undefined]>([
    ['daily', { value: 1, unit: 'd' }],
    ['Hourly', { value: 1, unit: 'h' }],
    ['weekly', { value: 7, unit: 'd' }],
    ['monthly', { value: 1, unit: 'mo' }],
    ['yearly', { value: 1, unit: 'y' }],
    ['6h', { value: 6, unit: 'h' }],
    ['whenever', undefined],
  ])('reads %p as %p', (text, expected) => {
    expect(parseInterval(text)).toEqual(expected);
  });
});

describe('periodOfCron', () => {
  it.each<[string, Duration | undefined]>([
    ['0 0 * * *', { value: 1, unit: 'd' }],
    ['30 5 * * *', { value: 1, unit: 'd' }],
    ['15 * * * *', { value: 1, unit: 'h' }],
    ['0 0 * * 0', { value: 7, unit: 'd' }],
    ['0 6 1 * *', { value: 1, unit: 'mo' }],
    ['*/15 * * * *', { value: 15, unit: 'min' }],
    ['0 */6 * * *', { value: 6, unit: 'h' }],
    ['0 9-17 * * 1-5', undefined],
    ['0 0 1 1 *', undefined],
    ['@daily', undefined],
  ])('reads %p as %p', (expression, expected) => {
    expect(periodOfCron(expression)).toEqual(expected);
  });
});
