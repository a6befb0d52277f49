import type { Clock } from '@stafett/kernel';

/**
 * Nest injection token for the clock of credentials: token expiry, web sessions, and the day the
 * guard checks "serves this municipality" on. Not the kernel's CLOCK, on purpose: tests move the
 * domain's time days ahead (a consent expires, a deadline passes) while the tokens they present
 * are minted on the wall clock and must stay valid. Production binds both to the system clock.
 */
export const AUTH_CLOCK = Symbol('AUTH_CLOCK');

/** The kernel's clock type: only the token differs. */
export type AuthClock = Clock;
