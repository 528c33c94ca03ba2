/** Where time comes from in the SLA service, so that tests can move it (one per application). */
export interface Clock {
  now(): Date;
}

export const CLOCK = Symbol('CLOCK');

/** A fresh clock per application, so that a test may replace its `now` without touching another. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}
