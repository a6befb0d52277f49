import type { Principal } from './principal';

/**
 * What every command and query of a practitioner carries besides its own fields: who asks (from the
 * verified token, never from the body) and how to tie together what it writes.
 */
export interface Caller {
  readonly principal: Principal;
  /** The request id; events appended for the request carry it as their correlation id. */
  readonly correlationId?: string;
  /** The client's Idempotency-Key: a retry with the same key writes nothing new. */
  readonly idempotencyKey?: string;
}
