import { osloDate } from '@stafett/kernel';
import type { AccessPurpose, ConsentFacts, ConsentProvision, InformationCategory } from './consent-vocabulary';

/** The question put to the consents: may this recipient see this category, for this purpose, now? */
export interface CoverageQuestion {
  readonly childId: string;
  /** The recipient: the viewer's unit and its service type. */
  readonly unitId: string;
  readonly serviceType: string;
  readonly category: InformationCategory;
  readonly purpose: AccessPurpose;
  /** ISO timestamp of the moment asked about. */
  readonly at: string;
  /**
   * When true, the provision that permits must list the category itself: a blanket permit ("every
   * category") then has no effect, while blanket denies and their exceptions still apply. Used for
   * health, NAV, police and child-welfare content, where a blanket consent is not an informed
   * consent to share that category.
   */
  readonly explicitCategory?: boolean;
}

export type Coverage = { readonly covered: true; readonly consentId: string } | { readonly covered: false };

type Decision = ConsentFacts['decision'];

const NOT_COVERED: Coverage = { covered: false };

/**
 * FHIR Consent R5 semantics, simplified (domain.md section 4):
 * - a consent applies to the child while `at` is in [period.from, period.to) and before `withdrawnAt`;
 * - a grantee matches by unitId, or by serviceType when it names no unit (a grantee naming neither
 *   matches nobody);
 * - the root provision applies when its categories and purposes include the question's (absent or
 *   empty = all); a matching nested provision reverses its parent's decision, recursively; when
 *   several exceptions at one level match, deny wins;
 * - across consents any applicable deny wins; otherwise the first permitting consent in input order
 *   is the basis.
 * Unparseable dates make a consent inapplicable: the function is total and fails closed.
 */
export function consentCovers(consents: readonly ConsentFacts[], question: CoverageQuestion): Coverage {
  let permit: string | undefined;
  for (const consent of consents) {
    if (!applies(consent, question)) continue;
    const outcome = evaluate(consent.provision, consent.decision, question);
    if (outcome === undefined) continue;
    if (outcome.decision === 'deny') return NOT_COVERED;
    const counts = outcome.named || question.explicitCategory !== true;
    if (counts && permit === undefined) permit = consent.consentId;
  }
  return permit === undefined ? NOT_COVERED : { covered: true, consentId: permit };
}

function applies(consent: ConsentFacts, question: CoverageQuestion): boolean {
  if (consent.childId !== question.childId) return false;
  const at = Date.parse(question.at);
  if (Number.isNaN(at)) return false;
  if (!onOrAfter(at, consent.period.from)) return false;
  if (consent.period.to !== undefined && onOrAfter(at, consent.period.to)) return false;
  if (consent.withdrawnAt !== undefined && !(at < Date.parse(consent.withdrawnAt))) return false;
  return consent.grantees.some((grantee) =>
    grantee.unitId !== undefined ? grantee.unitId === question.unitId : grantee.serviceType !== undefined && grantee.serviceType === question.serviceType,
  );
}

/** The decision of the deepest matching provisions, and whether a permitting one names the category. */
interface Outcome {
  readonly decision: Decision;
  readonly named: boolean;
}

/** The provision's outcome for the question, or undefined when the provision does not match. */
function evaluate(provision: ConsentProvision, decision: Decision, question: CoverageQuestion): Outcome | undefined {
  const categories = provision.categories ?? [];
  const purposes = provision.purposes ?? [];
  if (categories.length > 0 && !categories.includes(question.category)) return undefined;
  if (purposes.length > 0 && !purposes.includes(question.purpose)) return undefined;
  const reversed: Decision = decision === 'permit' ? 'deny' : 'permit';
  const outcomes = (provision.exceptions ?? []).flatMap((exception) => evaluate(exception, reversed, question) ?? []);
  if (outcomes.length === 0) return { decision, named: categories.length > 0 };
  if (outcomes.some((outcome) => outcome.decision === 'deny')) return { decision: 'deny', named: false };
  return { decision: 'permit', named: outcomes.some((outcome) => outcome.named) };
}

/**
 * Whether the instant is at or after a period bound. A bound that is a date (YYYY-MM-DD, as consents
 * are recorded) is a calendar day in Norway, so a consent "to 2027-01-01" ends at Oslo midnight; a
 * bound with a time is that instant. An unreadable bound never holds (the consent does not apply).
 */
function onOrAfter(instant: number, bound: string): boolean {
  if (/^\d{4}-\d{2}-\d{2}$/.test(bound)) return osloDate(new Date(instant)) >= bound;
  const time = Date.parse(bound);
  return !Number.isNaN(time) && instant >= time;
}
