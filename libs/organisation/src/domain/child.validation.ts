import { checkNationalId, type ParsedNationalId } from '@stafett/identity';
import type { RegisterChild } from './child.commands';
import { FieldProblems } from '@stafett/kernel';
import { daysBetween, isIsoDate, type IsoDate } from '@stafett/kernel';
import { checkName, cleanName, isKommunenummer } from './organisation.validation';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
export const MAX_GUARDIANS = 6;
/** Registration around birth: a pregnancy may run some weeks past term before the number exists. */
const EXPECTED_DATE_MAX_DAYS_PAST = 42;
const EXPECTED_DATE_MAX_DAYS_AHEAD = 300;

export interface ChildValidationContext {
  /** Today, for the plausibility of dates; from the application's clock, never read here. */
  readonly today: IsoDate;
  /** Whether the municipality is in the organisation; without it only the format is checked. */
  readonly isKnownMunicipality?: (kommunenummer: string) => boolean;
  /** Accept Tenor synthetic numbers: demo and test environments only. */
  readonly allowSyntheticNationalIds?: boolean;
}

/** The command after validation: clear text, normalised, not yet encrypted. Never log it. */
export interface ValidChildRegistration {
  readonly childId: string;
  readonly subject:
    | { readonly kind: 'born'; readonly nationalId: string; readonly birthDate: IsoDate; readonly name?: string }
    | { readonly kind: 'unborn'; readonly motherNationalId: string; readonly expectedDate: IsoDate };
  readonly homeMunicipality: string;
  readonly guardians: ReadonlyArray<{ nationalId: string; name: string; holdsParentalResponsibility: boolean }>;
}

/**
 * Checks every field and throws InvalidCommandError listing all problems. Messages name fields,
 * never values: the values are national ids and names.
 */
export function validateRegisterChild(command: RegisterChild, context: ChildValidationContext): ValidChildRegistration {
  const problems = new FieldProblems();
  const options = { allowSynthetic: context.allowSyntheticNationalIds ?? false };
  const nationalId = (field: string, value: string): ParsedNationalId | undefined => {
    const result = checkNationalId(value, options);
    if (result.ok) return result.nationalId;
    problems.add(field, result.error.message, result.error.userMessage);
    return undefined;
  };

  if (typeof command.childId !== 'string' || !UUID.test(command.childId)) {
    problems.add('childId', 'childId must be a UUID', 'Barnets id er ugyldig.');
  }
  if (!isKommunenummer(command.homeMunicipality)) {
    problems.add('homeMunicipality', 'kommunenummer must be 4 digits', 'Kommunenummeret må ha fire siffer.');
  } else if (context.isKnownMunicipality && !context.isKnownMunicipality(command.homeMunicipality)) {
    problems.add('homeMunicipality', `municipality ${command.homeMunicipality} is not registered`, 'Kommunen er ikke registrert.');
  }

  let subject: ValidChildRegistration['subject'] | undefined;
  const input = command.subject;
  if (input?.kind === 'born') {
    const id = nationalId('subject.nationalId', input.nationalId);
    if (input.name !== undefined) checkName(problems, 'subject.name', input.name);
    if (id && id.birthDate > context.today) {
      problems.add('subject.nationalId', 'the birth date is in the future', 'Fødselsdatoen i fødselsnummeret er frem i tid.');
    } else if (id) {
      const name = input.name === undefined ? {} : { name: cleanName(input.name) ?? input.name };
      subject = { kind: 'born', nationalId: id.value, birthDate: id.birthDate, ...name };
    }
  } else if (input?.kind === 'unborn') {
    const id = nationalId('subject.motherNationalId', input.motherNationalId);
    const plausible =
      isIsoDate(input.expectedDate) &&
      daysBetween(context.today, input.expectedDate) >= -EXPECTED_DATE_MAX_DAYS_PAST &&
      daysBetween(context.today, input.expectedDate) <= EXPECTED_DATE_MAX_DAYS_AHEAD;
    if (!plausible) {
      problems.add(
        'subject.expectedDate',
        `expected date must be a date at most ${EXPECTED_DATE_MAX_DAYS_PAST} days ago and ${EXPECTED_DATE_MAX_DAYS_AHEAD} days ahead`,
        'Termindatoen må være en gyldig dato innenfor svangerskapet.',
      );
    } else if (id) {
      subject = { kind: 'unborn', motherNationalId: id.value, expectedDate: input.expectedDate };
    }
  } else {
    problems.add('subject.kind', "subject.kind must be 'born' or 'unborn'", 'Oppgi fødselsnummer for barnet, eller mors fødselsnummer for et ufødt barn.');
  }

  const guardians: Array<{ nationalId: string; name: string; holdsParentalResponsibility: boolean }> = [];
  if (!Array.isArray(command.guardians)) {
    problems.add('guardians', 'guardians must be a list (it may be empty)', 'Oppgi de foresatte som en liste (den kan være tom).');
  } else if (command.guardians.length > MAX_GUARDIANS) {
    problems.add('guardians', `guardians must be a list of at most ${MAX_GUARDIANS}`, `Oppgi høyst ${MAX_GUARDIANS} foresatte.`);
  } else {
    command.guardians.forEach((guardian, i) => {
      const id = nationalId(`guardians[${i}].nationalId`, guardian?.nationalId);
      if (id && id.birthDate > context.today) {
        problems.add(`guardians[${i}].nationalId`, 'the birth date is in the future', 'Fødselsdatoen i fødselsnummeret er frem i tid.');
        return;
      }
      checkName(problems, `guardians[${i}].name`, guardian?.name);
      if (typeof guardian?.holdsParentalResponsibility !== 'boolean') {
        problems.add(`guardians[${i}].holdsParentalResponsibility`, 'must be true or false', 'Oppgi om den foresatte har foreldreansvar.');
      }
      if (id && guardians.some((other) => other.nationalId === id.value)) {
        problems.add(`guardians[${i}].nationalId`, 'the same guardian is listed twice', 'Samme foresatte er oppgitt to ganger.');
      } else if (id && subject?.kind === 'born' && subject.nationalId === id.value) {
        problems.add(`guardians[${i}].nationalId`, "a guardian has the child's own number", 'En foresatt kan ikke ha barnets fødselsnummer.');
      } else if (id) {
        const name = cleanName(guardian.name) ?? guardian.name;
        guardians.push({ nationalId: id.value, name, holdsParentalResponsibility: guardian.holdsParentalResponsibility });
      }
    });
  }

  problems.throwIfAny(command.type);
  if (!subject) throw new Error('unreachable: a valid command has a subject');
  return { childId: command.childId.toLowerCase(), subject, homeMunicipality: command.homeMunicipality, guardians };
}
