import { isIsoDate, type IsoDate } from '@stafett/kernel';

/** BTI levels (domain.md section 2): 0 undring, 1 own service, 2 two services, 3 broad cooperation. */
export const LEVELS = [0, 1, 2, 3] as const;
export type Level = (typeof LEVELS)[number];

export function isLevel(value: unknown): value is Level {
  return (LEVELS as readonly unknown[]).includes(value);
}

/** An instant as ISO 8601 with an offset, e.g. `2026-03-02T09:15:00+01:00`. Given by the caller, never read from a clock. */
export type IsoTimestamp = string;

const TIMESTAMP = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;

export function isIsoTimestamp(value: unknown): value is IsoTimestamp {
  if (typeof value !== 'string') return false;
  const match = TIMESTAMP.exec(value);
  return match !== null && isIsoDate(match[1]) && !Number.isNaN(Date.parse(value));
}

/**
 * The calendar day of an instant as the caller wrote it (its own offset), so that a concern noted at
 * 00:30 Norwegian time falls on that Norwegian day, without a time-zone database in the domain.
 */
export function dayOf(at: IsoTimestamp): IsoDate {
  return at.slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  return new Date(Date.parse(`${date}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
}

/** A service unit and its type (a code from the organisation's service types, e.g. `skole`). */
export interface ServiceRef {
  readonly unitId: string;
  readonly serviceType: string;
}

/** A practitioner as recorded in events: who, in which unit. Names are looked up, never stored here. */
export interface PractitionerRef extends ServiceRef {
  readonly practitionerId: string;
}

/** The practitioner acting on a case, as the authenticated request says. */
export interface PractitionerActor extends PractitionerRef {
  readonly kind: 'practitioner';
}

/**
 * A guardian acting on their child's case (only closing a level 1+ log). `guardianId` is a stable
 * reference such as the keyed look-up hash of their national id, never the number itself.
 */
export interface GuardianActor {
  readonly kind: 'guardian';
  readonly guardianId: string;
}

export type Actor = PractitionerActor | GuardianActor;

export type ActorRef = ({ readonly kind: 'practitioner' } & PractitionerRef) | GuardianActor;

export function practitionerRef(actor: PractitionerRef): PractitionerRef {
  return { practitionerId: actor.practitionerId, unitId: actor.unitId, serviceType: actor.serviceType };
}

export function actorRef(actor: Actor): ActorRef {
  return actor.kind === 'guardian' ? { kind: 'guardian', guardianId: actor.guardianId } : { kind: 'practitioner', ...practitionerRef(actor) };
}

export function serviceRefOf(ref: ServiceRef): ServiceRef {
  return { unitId: ref.unitId, serviceType: ref.serviceType };
}
