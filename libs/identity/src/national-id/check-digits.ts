const FIRST_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2] as const;
const SECOND_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2] as const;

/** Mod-11 check digit over the leading digits; `undefined` when it would be 10 (no valid number exists). */
function mod11(digits: readonly number[], weights: readonly number[]): number | undefined {
  const sum = weights.reduce((acc, weight, i) => acc + weight * digits[i], 0);
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  return check === 10 ? undefined : check;
}

/**
 * The two check digits for the first nine digits (birth date and individual number), or `undefined`
 * when either computes to 10: such a combination is never issued.
 */
export function computeCheckDigits(firstNine: string): string | undefined {
  const digits = [...firstNine].map(Number);
  const first = mod11(digits, FIRST_WEIGHTS);
  if (first === undefined) return undefined;
  const second = mod11([...digits, first], SECOND_WEIGHTS);
  return second === undefined ? undefined : `${first}${second}`;
}

/** True when the last two of 11 digits are the check digits of the first nine. */
export function hasValidCheckDigits(elevenDigits: string): boolean {
  return computeCheckDigits(elevenDigits.slice(0, 9)) === elevenDigits.slice(9);
}
