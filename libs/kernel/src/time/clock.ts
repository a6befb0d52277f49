/** The server's clock: every command's `at` is the server's time, never the client's. Tests bind a clock they move. */
export interface Clock {
  now(): Date;
}

/** The one injection token for the clock, shared by every context. */
export const CLOCK = Symbol('CLOCK');

export const systemClock: Clock = { now: () => new Date() };
