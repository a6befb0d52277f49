import { hasForbiddenCharacters, hasVisibleCharacter } from '@stafett/kernel';
import type { FieldProblems } from '@stafett/kernel';
import { isIsoDate, isUuid } from '@stafett/kernel';
import { checkDate, checkEntityId, checkKommunenummer } from '@stafett/organisation';
import { isIsoTimestamp, type Actor } from './concern.values';

export { checkDate, checkEntityId, checkKommunenummer };

export const MAX_TEXT_LENGTH = 10_000;
export const MAX_SHORT_TEXT_LENGTH = 500;
export const MAX_LIST_LENGTH = 50;

const SERVICE_TYPE = /^[a-z0-9][a-z0-9-]{0,49}$/;

// Messages describe the rule, never the value: free texts are personal data.

export function checkUuid(problems: FieldProblems, field: string, value: unknown): void {
  if (!isUuid(value)) problems.add(field, 'must be a UUID', 'Id-en må være en UUID.');
}

export function checkTimestamp(problems: FieldProblems, field: string, value: unknown): void {
  if (!isIsoTimestamp(value)) {
    problems.add(field, 'must be an ISO 8601 timestamp with an offset', 'Tidspunktet må være et gyldig tidspunkt med tidssone.');
  }
}

export function checkText(problems: FieldProblems, field: string, value: unknown, max = MAX_TEXT_LENGTH): void {
  if (typeof value !== 'string' || !hasVisibleCharacter(value)) {
    problems.add(field, 'must not be empty', 'Feltet må fylles ut.');
  } else if (hasForbiddenCharacters(value)) {
    problems.add(field, 'must not hold control characters or broken surrogates', 'Teksten inneholder kontrolltegn eller ufullstendige tegn som ikke kan lagres.');
  } else if (value.length > max) {
    problems.add(field, `must be at most ${max} characters`, `Teksten kan ha høyst ${max} tegn.`);
  }
}

export function checkOptionalText(problems: FieldProblems, field: string, value: unknown, max = MAX_TEXT_LENGTH): void {
  if (value !== undefined) checkText(problems, field, value, max);
}

export function checkOptionalDate(problems: FieldProblems, field: string, value: unknown): void {
  if (value !== undefined) checkDate(problems, field, value);
}

/** A non-empty list of short texts (participants, decisions). */
export function checkTextList(problems: FieldProblems, field: string, value: unknown, userMessage: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(field, 'must list at least one', userMessage);
    return;
  }
  if (value.length > MAX_LIST_LENGTH) problems.add(field, `must list at most ${MAX_LIST_LENGTH}`, `Listen kan ha høyst ${MAX_LIST_LENGTH} punkter.`);
  value.forEach((item, i) => checkText(problems, `${field}[${i}]`, item, MAX_TEXT_LENGTH));
}

export function checkServiceType(problems: FieldProblems, field: string, value: unknown): void {
  if (typeof value !== 'string' || !SERVICE_TYPE.test(value)) problems.add(field, 'must be a service type code', 'Tjenestetypen er ukjent.');
}

export function checkServiceRef(problems: FieldProblems, field: string, value: unknown): void {
  const ref = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  checkEntityId(problems, `${field}.unitId`, ref.unitId);
  checkServiceType(problems, `${field}.serviceType`, ref.serviceType);
}

export function checkPractitionerRef(problems: FieldProblems, field: string, value: unknown): void {
  checkServiceRef(problems, field, value);
  const ref = (typeof value === 'object' && value !== null ? value : {}) as Record<string, unknown>;
  checkEntityId(problems, `${field}.practitionerId`, ref.practitionerId);
}

export function checkActor(problems: FieldProblems, field: string, actor: Actor | undefined, allowGuardian: boolean): void {
  if (actor?.kind === 'practitioner') {
    checkPractitionerRef(problems, field, actor);
  } else if (actor?.kind === 'guardian' && allowGuardian) {
    checkText(problems, `${field}.guardianId`, actor.guardianId, 200);
  } else {
    problems.add(
      `${field}.kind`,
      allowGuardian ? 'must be practitioner or guardian' : 'must be a practitioner',
      allowGuardian ? 'Ukjent aktør.' : 'Bare ansatte kan gjøre dette.',
    );
  }
}

/** Dates in order, none twice (evaluation dates). */
export function checkDateList(problems: FieldProblems, field: string, value: unknown, notBefore?: string): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(field, 'at least one date is needed', 'Tiltaket må ha minst én evalueringsdato.');
    return;
  }
  value.forEach((date, i) => {
    if (!isIsoDate(date)) checkDate(problems, `${field}[${i}]`, date);
    else if (notBefore !== undefined && isIsoDate(notBefore) && date < notBefore) {
      problems.add(`${field}[${i}]`, 'must not be before the start', 'Evalueringsdatoen kan ikke være før tiltaket starter.');
    }
  });
  if (new Set(value).size !== value.length) problems.add(field, 'a date is listed twice', 'En dato er oppgitt to ganger.');
}
