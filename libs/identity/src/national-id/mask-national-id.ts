import { normaliseNationalId } from './parse-national-id';

const HIDDEN_INDIVIDUAL_PART = '*****';

/**
 * For display and logs: keeps the six date digits and hides the individual number and check digits
 * (`01019012345` → `010190*****`). Input that is not 11 digits is hidden entirely, since we cannot
 * tell which part of it is sensitive.
 */
export function maskNationalId(input: string): string {
  const value = typeof input === 'string' ? normaliseNationalId(input) : '';
  if (!/^\d{11}$/.test(value)) return '*'.repeat(11);
  return value.slice(0, 6) + HIDDEN_INDIVIDUAL_PART;
}
