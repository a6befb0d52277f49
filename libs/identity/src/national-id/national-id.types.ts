/**
 * A fødselsnummer is given to everyone registered as born in or settled in Norway; a D-number to
 * people with a temporary connection (it adds 4 to the first digit of the day).
 */
export type NationalIdKind = 'fodselsnummer' | 'd-number';

/**
 * A national id that passed every check. It is personal data: never log it (use `maskNationalId`)
 * and never store it in clear text (encrypt it; look it up by its keyed hash).
 */
export interface ParsedNationalId {
  readonly kind: NationalIdKind;
  /** The 11 digits, without spaces. */
  readonly value: string;
  /** The birth date the number encodes, as `YYYY-MM-DD`. */
  readonly birthDate: string;
  /** A synthetic test number from Skatteetaten's Tenor test data (month + 80); only with `allowSynthetic`. */
  readonly synthetic: boolean;
}

export interface ParseNationalIdOptions {
  /**
   * Accept Tenor's synthetic test numbers (month + 80). They belong to no real person, which makes
   * them the right choice for demo and test data. Off by default: production accepts real numbers only.
   */
  readonly allowSynthetic?: boolean;
}
