/**
 * The statutory clock as configuration: periods and legal sources live here, not in code, so a
 * change in law or a municipality's stricter practice is a configuration change. What each
 * period counts *from* is fixed in deadlines.ts, because that is what the law's wording fixes.
 */

export type PeriodUnit = 'days' | 'weeks' | 'months';

export interface Period {
  readonly amount: number;
  readonly unit: PeriodUnit;
}

export interface ClockRule {
  readonly id: ClockRuleId;
  /** Norwegian bokmål, shown to caseworkers. */
  readonly description: string;
  readonly legalSource: string;
  readonly period: Period;
}

export type ClockRuleId =
  | 'review'
  | 'investigation'
  | 'investigation-extended'
  | 'receipt-confirmation'
  | 'investigation-opened-notice'
  | 'outcome-feedback';

/**
 * - `legal-date` (default): the deadline is the date the law gives, even on a weekend or holiday.
 *   The Child Welfare Act gives no rule moving it, and child welfare runs an on-call service.
 * - `next-working-day`: moved to the next working day, as domstolloven § 149 does for court
 *   deadlines. For municipalities that choose to apply that practice.
 */
export type HolidayPolicy = 'legal-date' | 'next-working-day';

export interface ClockRules {
  readonly review: ClockRule;
  readonly investigation: ClockRule;
  readonly investigationExtended: ClockRule;
  readonly receiptConfirmation: ClockRule;
  readonly investigationOpenedNotice: ClockRule;
  readonly outcomeFeedback: ClockRule;
  readonly holidayPolicy: HolidayPolicy;
}

// Feedback to the reporter: chapter 13 of the 2021 act (the old act's § 6-7 a). The section
// number is to be confirmed on Lovdata (see docs/child-welfare-clock.md), hence the wording.
const FEEDBACK_SOURCE = 'barnevernsloven kap. 13, tilbakemelding til melder (tidl. barnevernloven § 6-7 a)';

export const DEFAULT_CLOCK_RULES: ClockRules = {
  review: {
    id: 'review',
    description: 'Meldingen skal gjennomgås snarest og senest innen en uke etter at den er mottatt.',
    legalSource: 'barnevernsloven § 2-1 første ledd',
    period: { amount: 1, unit: 'weeks' },
  },
  investigation: {
    id: 'investigation',
    description: 'Undersøkelsen skal gjennomføres snarest og senest innen tre måneder etter fristen for å gjennomgå meldingen.',
    legalSource: 'barnevernsloven § 2-2',
    period: { amount: 3, unit: 'months' },
  },
  investigationExtended: {
    id: 'investigation-extended',
    description: 'I særlige tilfeller kan undersøkelsesfristen forlenges til seks måneder. Begrunnelsen skal skrives ned.',
    legalSource: 'barnevernsloven § 2-2',
    period: { amount: 6, unit: 'months' },
  },
  receiptConfirmation: {
    id: 'receipt-confirmation',
    description: 'Melderen skal få bekreftelse på at meldingen er mottatt innen tre uker, med mindre meldingen er åpenbart grunnløs eller særlige grunner taler mot det.',
    legalSource: FEEDBACK_SOURCE,
    period: { amount: 3, unit: 'weeks' },
  },
  investigationOpenedNotice: {
    id: 'investigation-opened-notice',
    description: 'En melder med opplysningsplikt skal innen tre uker etter mottak også få vite om det er åpnet undersøkelse.',
    legalSource: FEEDBACK_SOURCE,
    period: { amount: 3, unit: 'weeks' },
  },
  outcomeFeedback: {
    id: 'outcome-feedback',
    description: 'En melder med opplysningsplikt skal få ny tilbakemelding innen tre uker etter at undersøkelsen er gjennomført: om saken er henlagt eller om barnet følges opp.',
    legalSource: FEEDBACK_SOURCE,
    period: { amount: 3, unit: 'weeks' },
  },
  holidayPolicy: 'legal-date',
};

/** Problems with a configured rule set; empty when it can be used. English: for operators' logs. */
export function clockRulesProblems(rules: ClockRules): string[] {
  const problems: string[] = [];
  const keys = ['review', 'investigation', 'investigationExtended', 'receiptConfirmation', 'investigationOpenedNotice', 'outcomeFeedback'] as const;
  for (const key of keys) {
    const rule = rules[key];
    if (rule.id !== DEFAULT_CLOCK_RULES[key].id) problems.push(`${key}: id must be ${DEFAULT_CLOCK_RULES[key].id}`);
    if (!Number.isInteger(rule.period.amount) || rule.period.amount < 1) problems.push(`${key}: period amount must be a positive whole number`);
    if (!['days', 'weeks', 'months'].includes(rule.period.unit)) problems.push(`${key}: period unit must be days, weeks or months`);
    if (rule.legalSource.trim() === '') problems.push(`${key}: legal source is required`);
  }
  if (rules.holidayPolicy !== 'legal-date' && rules.holidayPolicy !== 'next-working-day') problems.push('holidayPolicy must be legal-date or next-working-day');
  return problems;
}
