import { isCalendarDate } from './calendar';

/**
 * Calendar dates as `YYYY-MM-DD` strings. Facts valid per day (organisation, consents, deadlines) are
 * compared with plain string comparison, which orders these correctly, and they are JSON-safe.
 */
export type IsoDate = string;

export function isIsoDate(value: unknown): value is IsoDate {
  return isCalendarDate(value);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: IsoDate, to: IsoDate): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
