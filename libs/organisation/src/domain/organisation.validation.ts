import { hasForbiddenCharacters, hasVisibleCharacter } from '@stafett/kernel';
import type { FieldProblems } from '@stafett/kernel';
import { isIsoDate, isRole, ROLES, type Role } from '@stafett/kernel';

// Shared by the deciders and the configuration validator, so that both refuse the same input.

export const KOMMUNENUMMER = /^\d{4}$/;
/** Ids chosen by people (`demo-barnehage-leder`) or systems (UUIDs); start with a letter or digit. */
export const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
export const MAX_NAME_LENGTH = 200;

export function isKommunenummer(value: unknown): value is string {
  return typeof value === 'string' && KOMMUNENUMMER.test(value);
}

export function isEntityId(value: unknown): value is string {
  return typeof value === 'string' && ENTITY_ID.test(value);
}

/** A trimmed name with something visible in it, without control characters or broken surrogates; `undefined` when it is not one. */
export function cleanName(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const name = value.trim();
  // eslint-disable-next-line no-control-regex
  if (name.length > MAX_NAME_LENGTH || /[\u0000-\u001f\u007f]/.test(name) || hasForbiddenCharacters(name) || !hasVisibleCharacter(name)) return undefined;
  return name;
}

export function checkKommunenummer(problems: FieldProblems, field: string, value: unknown): void {
  if (!isKommunenummer(value)) {
    problems.add(field, 'kommunenummer must be 4 digits', 'Kommunenummeret må ha fire siffer.');
  }
}

export function checkEntityId(problems: FieldProblems, field: string, value: unknown): void {
  if (!isEntityId(value)) {
    problems.add(
      field,
      'id must be 1-100 letters, digits, dots, colons, underscores or dashes, starting with a letter or digit',
      'Id-en kan bare inneholde bokstaver (a-z), siffer, punktum, kolon, understrek og bindestrek.',
    );
  }
}

export function checkName(problems: FieldProblems, field: string, value: unknown): void {
  if (cleanName(value) === undefined) {
    problems.add(
      field,
      `name must be 1-${MAX_NAME_LENGTH} characters without control characters`,
      `Navnet må ha mellom 1 og ${MAX_NAME_LENGTH} tegn.`,
    );
  }
}

export function checkDate(problems: FieldProblems, field: string, value: unknown): void {
  if (!isIsoDate(value)) problems.add(field, 'not a date (YYYY-MM-DD)', 'Datoen må være en gyldig dato (ÅÅÅÅ-MM-DD).');
}

/** At least one role, each known, none twice. */
export function checkRoles(problems: FieldProblems, field: string, value: unknown): void {
  if (!Array.isArray(value) || value.length === 0) {
    problems.add(field, 'at least one role is needed', 'Den ansatte må ha minst én rolle.');
    return;
  }
  value.forEach((role, i) => {
    if (!isRole(role)) {
      problems.add(
        `${field}[${i}]`,
        'role must be one of practitioner, leader, intake, caseworker, administrator',
        'Ukjent rolle.',
      );
    }
  });
  if (new Set(value).size !== value.length) problems.add(field, 'a role is listed twice', 'En rolle er oppgitt to ganger.');
}

/** Known roles in a fixed order, so that equal role sets compare equal and events are deterministic. */
export function normaliseRoles(roles: readonly string[]): Role[] {
  return ROLES.filter((role) => roles.includes(role));
}
