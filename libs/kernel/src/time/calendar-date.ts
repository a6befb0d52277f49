import type { IsoDate } from './iso-date';

/**
 * Arithmetic on calendar dates (`YYYY-MM-DD`), never on instants: a legal deadline is a day on
 * the Norwegian calendar, so adding "one week" must not be disturbed by daylight saving time or
 * by the hour a report arrived. UTC midnight is used only as a neutral carrier for the date.
 */
function toUtc(date: IsoDate): Date {
  return new Date(`${date}T00:00:00Z`);
}

function fromUtc(date: Date): IsoDate {
  return date.toISOString().slice(0, 10);
}

export function addDays(date: IsoDate, days: number): IsoDate {
  const d = toUtc(date);
  d.setUTCDate(d.getUTCDate() + days);
  return fromUtc(d);
}

function daysInMonth(year: number, month1to12: number): number {
  return new Date(Date.UTC(year, month1to12, 0)).getUTCDate();
}

/**
 * Adds calendar months. When the target month is shorter (31 August + 3 months), the result is
 * the last day of that month (30 November): the rule of domstolloven § 148 for deadlines in
 * months, and what java.time's plusMonths does, so KS-side systems agree with us.
 */
export function addMonths(date: IsoDate, months: number): IsoDate {
  const [year, month, day] = date.split('-').map(Number);
  const zeroBased = month - 1 + months;
  const targetYear = year + Math.floor(zeroBased / 12);
  const targetMonth = (((zeroBased % 12) + 12) % 12) + 1;
  const targetDay = Math.min(day, daysInMonth(targetYear, targetMonth));
  return `${String(targetYear).padStart(4, '0')}-${String(targetMonth).padStart(2, '0')}-${String(targetDay).padStart(2, '0')}`;
}

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export function isoWeekday(date: IsoDate): number {
  const day = toUtc(date).getUTCDay();
  return day === 0 ? 7 : day;
}
