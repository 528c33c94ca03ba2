export interface Clock {
  now(): Date;
}

export const OBSERVATION_CLOCK = Symbol('OBSERVATION_CLOCK');

/** A fresh clock per application, so that a test may replace its `now` without touching another. */
export function systemClock(): Clock {
  return { now: () => new Date() };
}
