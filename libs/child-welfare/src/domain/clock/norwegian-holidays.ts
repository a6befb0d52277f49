import { addDays, isoWeekday, type IsoDate } from '@stafett/kernel';

/**
 * Norwegian public holidays (helligdager, helligdagsfredloven § 2, and 1 and 17 May,
 * lov om 1. og 17. mai som høgtidsdager). Christmas Eve and New Year's Eve are not among them.
 * Used only when the clock is configured to move deadlines off non-working days.
 */

/** Easter Sunday in the Gregorian calendar (anonymous Gregorian algorithm, Meeus/Jones/Butcher). */
export function easterSunday(year: number): IsoDate {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

export function norwegianPublicHolidays(year: number): IsoDate[] {
  const easter = easterSunday(year);
  const y = String(year).padStart(4, '0');
  return [
    `${y}-01-01`, // første nyttårsdag
    addDays(easter, -3), // skjærtorsdag
    addDays(easter, -2), // langfredag
    easter, // første påskedag
    addDays(easter, 1), // andre påskedag
    `${y}-05-01`,
    `${y}-05-17`,
    addDays(easter, 39), // Kristi himmelfartsdag
    addDays(easter, 49), // første pinsedag
    addDays(easter, 50), // andre pinsedag
    `${y}-12-25`,
    `${y}-12-26`,
  ].sort();
}

const cache = new Map<number, ReadonlySet<IsoDate>>();

export function isNorwegianPublicHoliday(date: IsoDate): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = cache.get(year);
  if (!holidays) cache.set(year, (holidays = new Set(norwegianPublicHolidays(year))));
  return holidays.has(date);
}

export function isWorkingDay(date: IsoDate): boolean {
  return isoWeekday(date) <= 5 && !isNorwegianPublicHoliday(date);
}

/** The date itself when it is a working day, otherwise the next working day. */
export function nextWorkingDayFrom(date: IsoDate): IsoDate {
  let day = date;
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}
