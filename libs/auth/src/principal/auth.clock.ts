/** Nest injection token for the clock that decides token expiry and "serves on that date". */
export const AUTH_CLOCK = Symbol('AUTH_CLOCK');

/** Injected rather than calling `new Date()` so that tests can pin the date that rules are checked on. */
export interface AuthClock {
  now(): Date;
}

export const systemClock: AuthClock = { now: () => new Date() };
