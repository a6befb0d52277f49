/**
 * Every validation message the API gives, in Norwegian bokmål, naming the field and never echoing
 * what was sent: class-validator's constraint names and Ajv's keywords (the KS documents) mapped to
 * one text each. DTOs may give a sentence of their own; without one, the text comes from here.
 */

type Args = readonly unknown[];

const list = (values: unknown): string => (Array.isArray(values) ? values.map(String).join(', ') : String(values));
const count = (n: unknown, one: string, many: string): string => `${String(n)} ${Number(n) === 1 ? one : many}`;

/** `field` as shown in a message: quoted, or "Feltet" for the request as a whole. */
export const fieldName = (field: string): string => (field === '' ? 'Innholdet' : `«${field}»`);

/** class-validator's constraint names (including its own: whitelist, nested, unknown value). */
const CLASS_VALIDATOR: Readonly<Record<string, (field: string, args: Args) => string>> = {
  whitelistValidation: (f) => `${fieldName(f)} er ikke et kjent felt og er ikke tillatt.`,
  unknownValue: (f) => `${fieldName(f)} må være et JSON-objekt.`,
  nestedValidation: (f) => `${fieldName(f)} må være et objekt med gyldige felt.`,
  isDefined: (f) => `${fieldName(f)} mangler.`,
  isNotEmpty: (f) => `${fieldName(f)} må fylles ut.`,
  isString: (f) => `${fieldName(f)} må være tekst.`,
  isBoolean: (f) => `${fieldName(f)} må være true eller false.`,
  isInt: (f) => `${fieldName(f)} må være et heltall.`,
  isNumber: (f) => `${fieldName(f)} må være et tall.`,
  isArray: (f) => `${fieldName(f)} må være en liste.`,
  isObject: (f) => `${fieldName(f)} må være et objekt.`,
  isIn: (f, [values]) => `${fieldName(f)} må være en av: ${list(values)}.`,
  isEnum: (f) => `${fieldName(f)} har en verdi som ikke er tillatt.`,
  matches: (f) => `${fieldName(f)} har feil format.`,
  isUuid: (f) => `${fieldName(f)} må være en UUID.`,
  maxLength: (f, [max]) => `${fieldName(f)} kan ha høyst ${count(max, 'tegn', 'tegn')}.`,
  minLength: (f, [min]) => `${fieldName(f)} må ha minst ${count(min, 'tegn', 'tegn')}.`,
  arrayMaxSize: (f, [max]) => `${fieldName(f)} kan ha høyst ${count(max, 'element', 'elementer')}.`,
  arrayMinSize: (f, [min]) => `${fieldName(f)} må ha minst ${count(min, 'element', 'elementer')}.`,
  arrayNotEmpty: (f) => `${fieldName(f)} kan ikke være tom.`,
  min: (f, [min]) => `${fieldName(f)} kan ikke være mindre enn ${String(min)}.`,
  max: (f, [max]) => `${fieldName(f)} kan ikke være større enn ${String(max)}.`,
};

/** The Norwegian text for a class-validator constraint that came without a message of its own. */
export function classValidatorMessage(constraint: string, field: string, args: Args): string {
  return (CLASS_VALIDATOR[constraint] ?? ((f: string) => `${fieldName(f)} er ugyldig.`))(field, args);
}

const JSON_TYPES: Readonly<Record<string, string>> = {
  string: 'tekst',
  boolean: 'true eller false',
  object: 'et objekt',
  array: 'en liste',
  number: 'et tall',
  integer: 'et heltall',
  null: 'null',
};

export interface AjvErrorLike {
  readonly instancePath: string;
  readonly keyword: string;
  readonly params?: Record<string, unknown>;
}

/** Ajv's keywords (JSON Schema), for documents checked against a schema such as KS's. */
const AJV: Readonly<Record<string, (field: string, params: Record<string, unknown>) => string>> = {
  required: (f) => `${fieldName(f)} mangler.`,
  type: (f, p) => `${fieldName(f)} må være ${list(p.type).split(', ').map((t) => JSON_TYPES[t] ?? t).join(' eller ')}.`,
  pattern: (f) => `${fieldName(f)} har feil format.`,
  format: (f) => `${fieldName(f)} har feil format.`,
  minItems: (f, p) => `${fieldName(f)} må ha minst ${count(p.limit, 'element', 'elementer')}.`,
  maxItems: (f, p) => `${fieldName(f)} kan ha høyst ${count(p.limit, 'element', 'elementer')}.`,
  minLength: (f, p) => `${fieldName(f)} må ha minst ${count(p.limit, 'tegn', 'tegn')}.`,
  maxLength: (f, p) => `${fieldName(f)} kan ha høyst ${count(p.limit, 'tegn', 'tegn')}.`,
  enum: (f, p) => `${fieldName(f)} må være en av: ${list(p.allowedValues)}.`,
  const: (f) => `${fieldName(f)} har en verdi som ikke er tillatt.`,
  additionalProperties: (f) => `${fieldName(f)} er ikke et kjent felt og er ikke tillatt.`,
};

/**
 * One Ajv error as a named field and its Norwegian text. The JSON pointer becomes a field path under
 * `base` (`/offentligBarn/0/fnr` → `document.offentligBarn[0].fnr`); `required` and
 * `additionalProperties` name the missing or unknown property itself.
 */
export function ajvProblem(error: AjvErrorLike, base: string): { field: string; message: string } {
  const params = error.params ?? {};
  const segments = error.instancePath.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'));
  const named = error.keyword === 'required' ? params.missingProperty : error.keyword === 'additionalProperties' ? params.additionalProperty : undefined;
  if (typeof named === 'string') segments.push(named);
  const field = joinPath(base, segments);
  return { field, message: (AJV[error.keyword] ?? ((f: string) => `${fieldName(f)} er ugyldig.`))(field, params) };
}

/** A key is named as it is only when it looks like a field name; anything else is never echoed. */
export function safeSegment(segment: string): string {
  return /^[A-Za-z0-9_$-]{1,64}$/.test(segment) ? segment : '(ukjent felt)';
}

/** `base` and the segments as a field path: `a.b[0].c`. */
export function joinPath(base: string, segments: readonly string[]): string {
  return segments.reduce((path, segment) => (/^\d+$/.test(segment) ? `${path}[${segment}]` : path ? `${path}.${safeSegment(segment)}` : safeSegment(segment)), base);
}
