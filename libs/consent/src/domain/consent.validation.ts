import type { ConsentProvision } from './consent-vocabulary';
import { FieldProblems, isIsoDate } from '@stafett/kernel';
import type { RecordConsent } from './consent.commands';
import { isAccessPurpose, isInformationCategory, type GrantorRef } from './consent.values';

export const MAX_GRANTEES = 20;
/** Root plus three levels of exceptions: deeper trees are unreadable for the family who signs them. */
export const MAX_PROVISION_DEPTH = 4;
const MAX_TEXT = 200;

const TIMESTAMP = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/;
const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '' && value.length <= MAX_TEXT;

export function isGrantorRef(value: unknown): value is GrantorRef {
  const ref = value as { kind?: unknown; guardianIndex?: unknown } | null;
  if (typeof ref !== 'object' || ref === null) return false;
  if (ref.kind === 'child') return true;
  return ref.kind === 'guardian' && Number.isInteger(ref.guardianIndex) && (ref.guardianIndex as number) >= 0;
}

/** Shapes and ranges of a RecordConsent; the parties are checked against the registration by the decider. */
export function checkRecordConsentShape(command: RecordConsent, problems: FieldProblems): void {
  if (!Array.isArray(command.grantors) || command.grantors.length === 0 || !command.grantors.every(isGrantorRef)) {
    problems.add('grantors', 'grantors must be a non-empty list of guardian or child references', 'Oppgi hvem som gir samtykket.');
  }
  if (!Array.isArray(command.grantees) || command.grantees.length === 0 || command.grantees.length > MAX_GRANTEES) {
    problems.add('grantees', `grantees must list 1-${MAX_GRANTEES} services`, `Oppgi hvilke tjenester samtykket gjelder (1-${MAX_GRANTEES}).`);
  } else {
    command.grantees.forEach((grantee, index) => {
      const named = [grantee?.unitId, grantee?.serviceType].filter((v) => v !== undefined);
      if (named.length === 0 || !named.every(isText)) {
        problems.add(`grantees[${index}]`, 'a grantee needs a unitId or a serviceType', 'Oppgi enheten eller tjenestetypen samtykket gjelder.');
      }
    });
  }
  if (command.decision !== 'permit' && command.decision !== 'deny') {
    problems.add('decision', "decision must be 'permit' or 'deny'", "Avgjørelsen må være 'permit' (tillat) eller 'deny' (nekt).");
  }
  const { from, to } = command.period ?? {};
  if (!isIsoDate(from)) problems.add('period.from', 'period.from must be a date', 'Oppgi fra hvilken dato samtykket gjelder (ÅÅÅÅ-MM-DD).');
  if (to !== undefined && (!isIsoDate(to) || (isIsoDate(from) && to <= from))) {
    problems.add('period.to', 'period.to must be a date after period.from', 'Sluttdatoen må være en dato etter startdatoen.');
  }
  checkProvision(command.provision, 'provision', 1, problems);
  checkForm(command, problems);
}

function checkProvision(provision: ConsentProvision | undefined, field: string, depth: number, problems: FieldProblems): void {
  if (typeof provision !== 'object' || provision === null) {
    problems.add(field, 'provision must be an object', 'Oppgi hva samtykket omfatter.');
    return;
  }
  if (depth > MAX_PROVISION_DEPTH) {
    problems.add(field, `provisions nest at most ${MAX_PROVISION_DEPTH} deep`, `Unntak kan nøstes høyst ${MAX_PROVISION_DEPTH - 1} nivåer.`);
    return;
  }
  if (provision.categories !== undefined && (!Array.isArray(provision.categories) || !provision.categories.every(isInformationCategory))) {
    problems.add(`${field}.categories`, 'unknown information category', 'Ukjent opplysningskategori.');
  }
  if (provision.purposes !== undefined && (!Array.isArray(provision.purposes) || !provision.purposes.every(isAccessPurpose))) {
    problems.add(`${field}.purposes`, 'unknown purpose', 'Ukjent formål.');
  }
  if (provision.exceptions !== undefined) {
    if (!Array.isArray(provision.exceptions)) problems.add(`${field}.exceptions`, 'exceptions must be a list', 'Unntakene må være en liste.');
    else provision.exceptions.forEach((exception, i) => checkProvision(exception, `${field}.exceptions[${i}]`, depth + 1, problems));
  }
}

function checkForm(command: RecordConsent, problems: FieldProblems): void {
  const form = command.form as { kind?: unknown; verifiedBy?: unknown; verifiedAt?: unknown; reference?: unknown } | undefined;
  if (form?.kind === 'digital') return;
  if (form?.kind !== 'paper' && form?.kind !== 'meeting') {
    problems.add('form.kind', "form.kind must be 'paper' or 'meeting'", "Oppgi om samtykket er gitt på papir eller i møte ('paper' eller 'meeting').");
    return;
  }
  if (!isText(form.verifiedBy)) {
    problems.add('form.verifiedBy', 'a paper consent names who verified it', 'Et samtykke på papir må ha med hvem som har kontrollert det.');
  }
  if (!isText(form.reference)) {
    problems.add('form.reference', 'a paper or meeting consent names the reference of the signed form or minutes', 'Oppgi referansen til det signerte skjemaet eller møtereferatet (for eksempel arkivnummer).');
  }
  const at = form.verifiedAt;
  const valid = typeof at === 'string' && (isIsoDate(at) || (TIMESTAMP.test(at) && !Number.isNaN(Date.parse(at))));
  if (!valid) {
    problems.add('form.verifiedAt', 'a paper consent says when it was verified', 'Et samtykke på papir må ha med når det ble kontrollert (dato).');
  } else if (at.slice(0, 10) > command.at.slice(0, 10)) {
    problems.add('form.verifiedAt', 'verifiedAt lies in the future', 'Kontrolldatoen kan ikke være fram i tid.');
  }
}
