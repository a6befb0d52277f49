import type { Principal } from '@stafett/auth';

/** Who asks, and how to tie the resulting events together. */
export interface ChildRequestContext {
  readonly principal: Principal;
  /** The request id; a new UUID when absent. */
  readonly correlationId?: string;
  /** A client's Idempotency-Key: a retried registration derives the same child and event ids. */
  readonly idempotencyKey?: string;
}

/** Child ids are UUIDs (the events table's `child_id` column is one). */
export const CHILD_ID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
