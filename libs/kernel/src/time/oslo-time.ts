import { isUtcInstant } from './calendar';
import type { IsoDate } from './iso-date';

/**
 * A point in time as an ISO-8601 UTC string (`2026-03-27T22:30:00.000Z`), as produced by
 * `Date.prototype.toISOString`. Strings keep events JSON-safe and make time plain data.
 */
export type Instant = string;

export const OSLO_TIME_ZONE = 'Europe/Oslo';

// One formatter, reused: building Intl formatters is slow. `h23` avoids the "24:00" that some
// ICU versions print for midnight with hour12: false.
const osloParts = new Intl.DateTimeFormat('en-US', {
  timeZone: OSLO_TIME_ZONE,
  hourCycle: 'h23',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  second: '2-digit',
});

/** Wall-clock fields of a local date-time; month is 1-12. */
export interface LocalDateTime {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  readonly hour: number;
  readonly minute: number;
  readonly second: number;
  readonly millisecond: number;
}

function osloFieldsAt(epochMs: number): LocalDateTime {
  const fields: Record<string, number> = {};
  for (const part of osloParts.formatToParts(new Date(epochMs))) {
    if (part.type !== 'literal') fields[part.type] = Number(part.value);
  }
  const { year, month, day, hour, minute, second } = fields;
  return { year, month, day, hour, minute, second, millisecond: ((epochMs % 1000) + 1000) % 1000 };
}

/** The local fields read as if they were UTC: a number to compare and subtract offsets from. */
function asUtcMs(local: LocalDateTime): number {
  return Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
}

/** Oslo's offset from UTC at an instant, in milliseconds (+1 h in winter, +2 h in summer). */
function osloOffsetMsAt(epochMs: number): number {
  return asUtcMs(osloFieldsAt(epochMs)) - epochMs;
}

const DAY_MS = 86_400_000;

/**
 * The instant a wall-clock time in Oslo denotes. Two hours a year need a choice, and we take the
 * one Temporal calls `disambiguation: 'compatible'` and java.time's `LocalDateTime.atZone` makes
 * (KS's reference consumer is Java):
 * - the repeated hour in October (02:00-02:59 happens twice): the earlier instant, summer time;
 * - the skipped hour in March (02:00-02:59 does not exist): read with the offset in force before
 *   the change, i.e. moved forward by one hour (02:30 becomes 03:30 summer time).
 */
export function instantFromOsloLocal(local: LocalDateTime): Instant {
  const wall = asUtcMs(local);
  // Oslo's offset changes at most once within a day, so the offsets a day before and after are
  // the only candidates.
  const before = osloOffsetMsAt(wall - DAY_MS);
  const after = osloOffsetMsAt(wall + DAY_MS);
  const denotes = (offset: number) => asUtcMs(osloFieldsAt(wall - offset)) === wall;
  if (denotes(before)) return new Date(wall - before).toISOString();
  if (denotes(after)) return new Date(wall - after).toISOString();
  return new Date(wall - before).toISOString();
}

function pad(value: number, width = 2): string {
  return String(value).padStart(width, '0');
}

/** The Oslo calendar date of an instant: the day a deadline counts from. */
export function osloDateOf(instant: Instant): IsoDate {
  const f = osloFieldsAt(Date.parse(instant));
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}`;
}

/** Oslo wall-clock time of an instant, to whole seconds, without offset: `2020-03-16T13:29:33`. */
export function osloLocalDateTimeOf(instant: Instant): string {
  const f = osloFieldsAt(Date.parse(instant));
  return `${pad(f.year, 4)}-${pad(f.month)}-${pad(f.day)}T${pad(f.hour)}:${pad(f.minute)}:${pad(f.second)}`;
}

/** An ISO UTC instant whose every field exists in the calendar (never 2026-02-30, which `Date.parse` rolls over). */
export function isInstant(value: unknown): value is Instant {
  return isUtcInstant(value);
}

// Building a formatter costs far more than using one, and these run on every request.
const OSLO_DATE = new Intl.DateTimeFormat('sv-SE', { timeZone: OSLO_TIME_ZONE });
const OSLO_OFFSET = new Intl.DateTimeFormat('en-GB', { timeZone: OSLO_TIME_ZONE, timeZoneName: 'longOffset' });

/** The date of a moment in Norway: validity periods, role changes and consents are calendar days there. */
export function osloDate(at: Date): IsoDate {
  return OSLO_DATE.format(at);
}

/**
 * The moment in Norwegian local time with its offset (`2026-03-02T09:15:00+01:00`): deciders take the
 * calendar day from the text, so a concern noted at 00:30 in Norway falls on the Norwegian day.
 */
export function osloTimestamp(at: Date): string {
  const offsetName = OSLO_OFFSET.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? 'GMT';
  const offset = offsetName === 'GMT' ? '+00:00' : offsetName.replace('GMT', '');
  return `${osloLocalDateTimeOf(at.toISOString())}${offset}`;
}
