import { birthYear, calendarDate } from './birth-date';
import { computeCheckDigits } from './check-digits';
import type { NationalIdKind } from './national-id.types';

export interface NationalIdParts {
  /** `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** Digits 7-9, 0-999; must fit the birth year (see `birthYear`). */
  readonly individualNumber: number;
  readonly kind?: NationalIdKind;
  /** Make a Tenor synthetic test number (month + 80): safe for demo data, belongs to nobody. */
  readonly synthetic?: boolean;
}

/**
 * Builds the 11 digits from their parts, or `undefined` when no such number can exist (the
 * individual number does not fit the year, or a check digit would be 10). For test and demo data:
 * prefer `synthetic: true`, so that a generated number never belongs to a real person.
 */
export function makeNationalId(parts: NationalIdParts): string | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(parts.birthDate);
  if (!match || parts.individualNumber < 0 || parts.individualNumber > 999) return undefined;
  const [year, month, day] = match.slice(1).map(Number);
  if (calendarDate(year, month, day) === undefined) return undefined;
  if (birthYear(parts.individualNumber, year % 100) !== year) return undefined;
  const dd = day + (parts.kind === 'd-number' ? 40 : 0);
  const mm = month + (parts.synthetic ? 80 : 0);
  const firstNine =
    String(dd).padStart(2, '0') +
    String(mm).padStart(2, '0') +
    String(year % 100).padStart(2, '0') +
    String(parts.individualNumber).padStart(3, '0');
  const checkDigits = computeCheckDigits(firstNine);
  return checkDigits === undefined ? undefined : firstNine + checkDigits;
}
