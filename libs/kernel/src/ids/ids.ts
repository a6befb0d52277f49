import { createHash, randomUUID } from 'node:crypto';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A UUID in any letter case (ids of cases, children, reports and consents are UUIDs). */
export function isUuid(value: unknown): value is string {
  return typeof value === 'string' && UUID.test(value);
}

/** A stable UUID (version 8 layout) from a text, for ids that must repeat on a retry. */
export function uuidFrom(text: string): string {
  const hex = createHash('sha256').update(text).digest('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-8${hex.slice(13, 16)}-${((parseInt(hex[16], 16) & 0x3) | 0x8).toString(16)}${hex.slice(17, 20)}-${hex.slice(20, 32)}`;
}

/**
 * The id of something a request creates, or of an event it appends: derived from the request's
 * Idempotency-Key when there is one, so that a retried request names the same thing; random otherwise.
 */
export function idFor(idempotencyKey: string | undefined, scope: string): string {
  return idempotencyKey ? uuidFrom(`${scope}:${idempotencyKey}`) : randomUUID();
}
