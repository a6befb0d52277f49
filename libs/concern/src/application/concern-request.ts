import { uuidFrom } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@stafett/auth';

/** Who asks (from the verified token, never from the body), and how to tie the resulting events together. */
export interface ConcernActor {
  readonly principal: Principal;
  /** The request id; a new UUID when absent. */
  readonly correlationId?: string;
}

/** The server's clock: `at` of every command is the server's time, never the client's. */
export interface ConcernClock {
  now(): Date;
}

export const CONCERN_CLOCK = Symbol('CONCERN_CLOCK');

export const systemConcernClock: ConcernClock = { now: () => new Date() };

/**
 * An id for something the request creates (case, goal, measure, meeting, agreement): derived from the
 * Idempotency-Key when there is one, so a retried request names the same thing.
 */
export function newConcernId(principal: Principal, idempotencyKey: string | undefined, kind: string): string {
  return idempotencyKey ? uuidFrom(`concern-id:${kind}:${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
}

const OSLO_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Oslo', timeZoneName: 'longOffset' });
const OSLO_LOCAL = new Intl.DateTimeFormat('sv-SE', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
  hourCycle: 'h23',
});

/**
 * The instant in Norwegian local time with its offset (`2026-03-02T09:15:00+01:00`): the domain takes
 * the calendar day from the text, so a concern noted at 00:30 in Norway falls on the Norwegian day.
 */
export function osloTimestamp(at: Date): string {
  const offsetName = OSLO_OFFSET.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = offsetName === 'GMT' ? '+00:00' : offsetName.replace('GMT', '');
  const local = OSLO_LOCAL.format(at).replace(' ', 'T');
  return `${local}${offset}`;
}
