import { isCalendarDate } from '@stafett/platform/values/calendar';

/**
 * Calendar dates as `YYYY-MM-DD` strings. Organisation facts are valid per day, not per instant;
 * strings of this form order correctly with plain comparison, and they are JSON-safe.
 */
export type IsoDate = string;

export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
