import { birthYear, calendarDate } from './birth-date';
import { hasValidCheckDigits } from './check-digits';
import { InvalidNationalIdError } from './invalid-national-id.error';
import type { ParsedNationalId, ParseNationalIdOptions } from './national-id.types';

/** Tenor (Skatteetaten's synthetic test population) adds 80 to the month. */
const SYNTHETIC_MONTH_OFFSET = 80;
/** H-numbers (health services' auxiliary numbers; also NAV's synthetic ones) add 40 to the month. */
const H_NUMBER_MONTH_OFFSET = 40;
const D_NUMBER_DAY_OFFSET = 40;

/**
 * Removes whitespace, so that `010190 12345` as printed on letters is accepted. Anything else
 * (dashes, dots, letters) is refused rather than guessed at.
 */
export function normaliseNationalId(input: string): string {
  return input.replace(/\s+/g, '');
}

/**
 * Checks a fødselsnummer or D-number: 11 digits, both mod-11 check digits, not an FH-, H- or
 * (unless allowed) synthetic number, an individual number that fits the birth year, and a real
 * calendar date. The check digits are tested first, so that a typo is reported as a typo.
 *
 * Throws InvalidNationalIdError; see `checkNationalId` for a variant that returns the error.
 *
 * TODO(national-id-2032): Skatteetaten's new number scheme (no gender digit, changed check-digit
 * rules) is not handled; add it when its rules are final and numbers are issued.
 */
export function parseNationalId(input: string, options: ParseNationalIdOptions = {}): ParsedNationalId {
  if (typeof input !== 'string') {
    throw refuse('not-digits', 'National id must be a string of digits');
  }
  const value = normaliseNationalId(input);
  if (value === '') throw refuse('empty', 'National id is empty');
  if (!/^\d+$/.test(value)) throw refuse('not-digits', 'National id may contain only digits (and spaces)');
  if (value.length !== 11) {
    throw refuse('wrong-length', `National id must have 11 digits, got ${value.length}`);
  }

  const digits = [...value].map(Number);
  const isDNumber = digits[0] >= 4 && digits[0] <= 7;
  if (!hasValidCheckDigits(value)) {
    throw refuse('check-digit', 'National id failed the mod-11 check-digit test', isDNumber);
  }
  if (digits[0] >= 8) {
    throw refuse('fh-number', 'FH-numbers (first digit 8 or 9) are not accepted');
  }

  let month = digits[2] * 10 + digits[3];
  const synthetic = month > SYNTHETIC_MONTH_OFFSET;
  if (synthetic) {
    if (!options.allowSynthetic) {
      throw refuse('synthetic', 'Synthetic test numbers (month + 80) are not accepted here', isDNumber);
    }
    month -= SYNTHETIC_MONTH_OFFSET;
  } else if (month > H_NUMBER_MONTH_OFFSET) {
    throw refuse('h-number', 'H-numbers (month + 40) are not accepted');
  }

  const rawDay = digits[0] * 10 + digits[1];
  const day = isDNumber ? rawDay - D_NUMBER_DAY_OFFSET : rawDay;
  const twoDigitYear = digits[4] * 10 + digits[5];
  const individualNumber = digits[6] * 100 + digits[7] * 10 + digits[8];
  const year = birthYear(individualNumber, twoDigitYear);
  if (year === undefined) {
    throw refuse(
      'impossible-individual-number',
      'The individual number (digits 7-9) is never issued for this two-digit birth year',
      isDNumber,
    );
  }
  const birthDate = calendarDate(year, month, day);
  if (birthDate === undefined) {
    throw refuse('invalid-date', 'The first six digits are not a real calendar date', isDNumber);
  }

  return { kind: isDNumber ? 'd-number' : 'fodselsnummer', value, birthDate, synthetic };
}

export type NationalIdCheck =
  | { readonly ok: true; readonly nationalId: ParsedNationalId }
  | { readonly ok: false; readonly error: InvalidNationalIdError };

/** `parseNationalId` for validators that collect every problem instead of stopping at the first. */
export function checkNationalId(input: string, options: ParseNationalIdOptions = {}): NationalIdCheck {
  try {
    return { ok: true, nationalId: parseNationalId(input, options) };
  } catch (error) {
    if (error instanceof InvalidNationalIdError) return { ok: false, error };
    throw error;
  }
}

export function isValidNationalId(input: string, options: ParseNationalIdOptions = {}): boolean {
  return checkNationalId(input, options).ok;
}

/** Norwegian texts; `D-nummeret` where the first digit says the person typed a D-number. */
function refuse(
  problem: InvalidNationalIdError['problem'],
  message: string,
  isDNumber = false,
): InvalidNationalIdError {
  const noun = isDNumber ? 'D-nummeret' : 'Fødselsnummeret';
  const userMessages: Record<InvalidNationalIdError['problem'], string> = {
    empty: 'Fødselsnummer eller D-nummer mangler.',
    'not-digits': 'Fødselsnummer og D-nummer kan bare inneholde siffer.',
    'wrong-length': 'Fødselsnummer og D-nummer har 11 siffer.',
    'check-digit': `${noun} har feil kontrollsiffer. Kontroller at alle sifrene er riktige.`,
    'fh-number': 'FH-nummer kan ikke brukes her. Oppgi fødselsnummer eller D-nummer.',
    'h-number': 'H-nummer kan ikke brukes her. Oppgi fødselsnummer eller D-nummer.',
    synthetic: 'Syntetiske testnummer kan ikke brukes her. Oppgi et ekte fødselsnummer eller D-nummer.',
    'impossible-individual-number': `${noun} er ikke gyldig: individnummeret passer ikke med fødselsåret.`,
    'invalid-date': `${noun} inneholder ikke en gyldig fødselsdato.`,
  };
  return new InvalidNationalIdError(problem, message, userMessages[problem]);
}
