/**
 * The four-digit birth year from the two-digit year and the individual number (digits 7-9), by the
 * rules of the Norwegian population register:
 *   000-499 → 1900-1999;  500-749 with year 54-99 → 1854-1899;
 *   500-999 with year 00-39 → 2000-2039;  900-999 with year 40-99 → 1940-1999.
 * Any other combination is never issued.
 */
export function birthYear(individualNumber: number, twoDigitYear: number): number | undefined {
  if (individualNumber <= 499) return 1900 + twoDigitYear;
  if (individualNumber <= 749 && twoDigitYear >= 54) return 1800 + twoDigitYear;
  if (individualNumber >= 500 && twoDigitYear <= 39) return 2000 + twoDigitYear;
  if (individualNumber >= 900 && twoDigitYear >= 40) return 1900 + twoDigitYear;
  return undefined;
}

/** `YYYY-MM-DD` when the date exists in the calendar (leap years included), otherwise `undefined`. */
export function calendarDate(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1) return undefined;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  if (day > daysInMonth) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}
