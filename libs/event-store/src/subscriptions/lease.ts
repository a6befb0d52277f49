/**
 * A subscription's lease lasts six seconds without renewal; a standby process tries to take it
 * every two seconds, so a dead owner is replaced within about eight seconds (the target is ten).
 */
export const SUBSCRIPTION_LEASE_MS = 6000;
export const SUBSCRIPTION_ACQUIRE_INTERVAL_MS = 2000;
