import { registerDecorator, ValidateIf, type ValidationArguments, type ValidationOptions } from 'class-validator';
import { isCalendarDate, isDateTimeWithZone } from '@stafett/kernel';
import { textProblem, type TextProblem } from '@stafett/kernel';
import { fieldName } from './messages';

/**
 * The value rules of the HTTP edge, as class-validator decorators: a DTO only declares them. Each
 * message is Norwegian, names the field and never quotes the value (free texts and national ids are
 * personal data). The rules themselves are the pure functions the deciders use as well.
 */

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
/** Ids chosen by people (`demo-barnehage-leder`) or systems (UUIDs); the organisation's own rule. */
const ENTITY_ID = /^[A-Za-z0-9][A-Za-z0-9._:-]{0,99}$/;
const SERVICE_TYPE_CODE = /^[a-z0-9][a-z0-9-]{0,49}$/;
const KOMMUNENUMMER = /^\d{4}$/;

/**
 * One rule; `constraints` are recorded in class-validator's metadata (read by the fuzz test's body generator).
 * Exported for the value rules a context owns (a national id is identity's).
 */
export function valueRule(
  name: string,
  test: (value: unknown) => boolean,
  message: (args: ValidationArguments) => string,
  options?: ValidationOptions,
  constraints: unknown[] = [],
): PropertyDecorator {
  return (target: object, propertyName: string | symbol) =>
    registerDecorator({ name, target: target.constructor, propertyName: propertyName as string, constraints, options: { message, ...options }, validator: { validate: test } });
}

/**
 * The field may be left out. Unlike class-validator's `@IsOptional`, `null` is not "left out": it is
 * checked like any other value (and refused by the field's rules), so a client cannot slip a null past them.
 */
export function MayOmit(): PropertyDecorator {
  return ValidateIf((_object: unknown, value: unknown) => value !== undefined);
}

const TEXT_MESSAGES: Readonly<Record<TextProblem, (field: string, max: number) => string>> = {
  'not-text': (f) => `${fieldName(f)} må være tekst.`,
  'forbidden-characters': (f) => `${fieldName(f)} inneholder kontrolltegn eller ufullstendige tegn som ikke kan lagres.`,
  empty: (f) => `${fieldName(f)} må fylles ut med synlig tekst.`,
  'too-long': (f, max) => `${fieldName(f)} kan ha høyst ${max} tegn.`,
};

/** Text someone writes: visible characters, no control characters or broken surrogates, at most `max` long. */
export function IsText(max: number, options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isText',
    (value) => textProblem(value, max) === undefined,
    (args) => TEXT_MESSAGES[textProblem(args.value, max) ?? 'not-text'](args.property, max),
    options,
    [max],
  );
}

/** `YYYY-MM-DD`, a day that exists. */
export function IsCalendarDate(options?: ValidationOptions): PropertyDecorator {
  return valueRule('isCalendarDate', isCalendarDate, (args) => `${fieldName(args.property)} må være en dato som finnes (ÅÅÅÅ-MM-DD).`, options);
}

/** A point in time with its zone (`2026-03-02T08:15:00Z`, `…+01:00`), every field within the calendar. */
export function IsDateTimeWithZone(options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isDateTimeWithZone',
    isDateTimeWithZone,
    (args) => `${fieldName(args.property)} må være et tidspunkt som finnes, med tidssone (f.eks. 2026-03-02T08:15:00Z).`,
    options,
  );
}

/** A date, or a point in time with its zone. */
export function IsCalendarDateOrDateTime(options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isCalendarDateOrDateTime',
    (value) => isCalendarDate(value) || isDateTimeWithZone(value),
    (args) => `${fieldName(args.property)} må være en dato (ÅÅÅÅ-MM-DD) eller et tidspunkt med tidssone.`,
    options,
  );
}

export function IsUuidId(options?: ValidationOptions): PropertyDecorator {
  return valueRule('isUuidId', (value) => typeof value === 'string' && UUID.test(value), (args) => `${fieldName(args.property)} må være en UUID.`, options);
}

/** The id of a unit, a practitioner or another record chosen by people: letters, digits and . _ : - */
export function IsEntityId(options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isEntityId',
    (value) => typeof value === 'string' && ENTITY_ID.test(value),
    (args) => `${fieldName(args.property)} må være en id på 1-100 tegn: bokstaver (a-z), siffer, punktum, kolon, understrek og bindestrek.`,
    options,
  );
}

/** A service type's code (`helsestasjon`); with `known`, one of those codes. */
export function IsServiceType(known?: readonly string[], options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isServiceType',
    (value) => typeof value === 'string' && SERVICE_TYPE_CODE.test(value) && (known === undefined || known.includes(value)),
    (args) => `${fieldName(args.property)} må være en kjent tjenestetype${known ? ` (${known.join(', ')})` : ''}.`,
    options,
    known ? [...known] : [],
  );
}

export function IsKommunenummer(options?: ValidationOptions): PropertyDecorator {
  return valueRule('isKommunenummer', (value) => typeof value === 'string' && KOMMUNENUMMER.test(value), (args) => `${fieldName(args.property)} må være et kommunenummer med fire siffer.`, options);
}
