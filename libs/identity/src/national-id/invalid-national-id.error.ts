/** Why a national id was refused; stable codes for API clients and tests. */
export type NationalIdProblem =
  | 'empty'
  | 'not-digits'
  | 'wrong-length'
  | 'check-digit'
  | 'fh-number'
  | 'h-number'
  | 'synthetic'
  | 'impossible-individual-number'
  | 'invalid-date';

/**
 * A refused national id. The messages never contain the number itself: errors end up in logs, and a
 * national id in a log is a personal-data breach.
 */
export class InvalidNationalIdError extends Error {
  override readonly name = 'InvalidNationalIdError';
  readonly code = 'invalid-national-id';

  constructor(
    readonly problem: NationalIdProblem,
    /** English, for developers and logs. */
    message: string,
    /** Norwegian bokmål, safe to show to the person who typed the number. */
    readonly userMessage: string,
  ) {
    super(message);
  }
}
