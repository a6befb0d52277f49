/**
 * Calendar dates and points in time as the API takes them: strings whose every field exists in the
 * calendar. `Date.parse` is not enough: it rolls 2026-02-30 over into 2 March. Pure, for the edge and
 * the deciders alike.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATE_TIME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,9})?(Z|[+-](\d{2}):(\d{2}))$/;
const INSTANT = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(\.\d{1,3})?Z$/;

function dayExists(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function timeExists(hour: number, minute: number, second: number): boolean {
  // Leap seconds (:60) cannot be represented in ECMAScript time.
  return hour <= 23 && minute <= 59 && second <= 59;
}

/** `YYYY-MM-DD`, a day that exists (leap years included). */
export function isCalendarDate(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE.exec(value) : null;
  return match !== null && dayExists(Number(match[1]), Number(match[2]), Number(match[3]));
}

/** An RFC 3339 date-time with its zone (`Z` or `±hh:mm`), every field within the calendar. */
export function isDateTimeWithZone(value: unknown): value is string {
  const match = typeof value === 'string' ? DATE_TIME.exec(value) : null;
  if (!match) return false;
  const [, y, mo, d, h, mi, s, , zone, zh, zm] = match;
  const zoneOk = zone === 'Z' || (Number(zh) <= 23 && Number(zm) <= 59);
  return zoneOk && dayExists(Number(y), Number(mo), Number(d)) && timeExists(Number(h), Number(mi), Number(s));
}

/** A UTC instant as `Date.prototype.toISOString` writes it (milliseconds optional), within the calendar. */
export function isUtcInstant(value: unknown): value is string {
  const match = typeof value === 'string' ? INSTANT.exec(value) : null;
  if (!match) return false;
  const [, y, mo, d, h, mi, s] = match;
  return dayExists(Number(y), Number(mo), Number(d)) && timeExists(Number(h), Number(mi), Number(s));
}

/** The instant a valid date-time with zone denotes, as an ISO UTC string (`…Z`, milliseconds). */
export function toUtcInstant(dateTimeWithZone: string): string {
  return new Date(dateTimeWithZone).toISOString();
}
