/** Where time comes from, so that tests can move it. */
export interface Clock {
  now(): Date;
}

export const SLO_CLOCK = Symbol('SLO_CLOCK');

/** A fresh clock per application, so that a test may replace its `now` without touching another. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}
