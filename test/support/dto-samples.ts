import fc from 'fast-check';
import type { MetadataStorage } from 'class-transformer/types/MetadataStorage';
import { getMetadataStorage } from 'class-validator';

/**
 * Bodies generated from a DTO's own validation metadata (class-validator's constraints and
 * class-transformer's nested types): one valid sample, and malformed variants that each break one
 * rule of one field, plus whole-body faults. Used by the fuzz test over every write route, so a new
 * route or field is covered without editing the test.
 */

type Ctor = new (...args: any[]) => object;  
type Json = unknown;

interface Metadata {
  readonly propertyName: string;
  readonly type: string;
  readonly name?: string;
  readonly constraints?: unknown[];
  readonly constraintCls?: unknown;
  readonly each?: boolean;
}

interface Rule {
  readonly name: string;
  readonly args: readonly unknown[];
  readonly each: boolean;
}

export interface FieldSchema {
  readonly property: string;
  readonly optional: boolean;
  readonly rules: readonly Rule[];
  readonly nested?: Ctor;
  readonly isList: boolean;
}

// class-transformer's metadata of nested types (@Type); its package declares the storage's types apart.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const { defaultMetadataStorage } = require('class-transformer/cjs/storage') as { defaultMetadataStorage: MetadataStorage };

const storage = () =>
  getMetadataStorage() as unknown as {
    getTargetValidationMetadatas(target: unknown, schema: string, always: boolean, strictGroups: boolean): Metadata[];
    getTargetValidatorConstraints(cls: unknown): Array<{ name?: string }>;
  };

/** Every validated property of a DTO with its rules; nested DTOs by class-transformer's @Type. */
export function schemaOf(dto: Ctor): FieldSchema[] {
  const metadata = storage().getTargetValidationMetadatas(dto, '', true, false);
  const properties = [...new Set(metadata.map((m) => m.propertyName))];
  return properties.map((property) => {
    const own = metadata.filter((m) => m.propertyName === property);
    const rules = own.map((m) => ({
      name: m.name ?? storage().getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? m.type,
      args: m.constraints ?? [],
      each: m.each === true,
    }));
    const type = defaultMetadataStorage.findTypeMetadata(dto, property);
    const discriminator = type?.options?.discriminator;
    const nested = (discriminator ? discriminator.subTypes[0].value : type?.typeFunction()) as Ctor | undefined;
    return {
      property,
      optional: own.some((m) => m.type === 'conditionalValidation'),
      rules,
      nested,
      isList: rules.some((r) => r.name === 'isArray'),
    };
  });
}

export interface SampleContext {
  /** Real ids for properties of these names (childId, caseId, reportId, unitId, ...). */
  readonly ids: Readonly<Record<string, string>>;
  readonly today: string;
  readonly nationalId: string;
  /** Whole values for free-form object properties (a KS document for `document`). */
  readonly objects?: Readonly<Record<string, unknown>>;
}

const has = (field: FieldSchema, name: string) => field.rules.find((r) => r.name === name);

function scalarSample(field: FieldSchema, context: SampleContext): Json {
  const isIn = has(field, 'isIn');
  if (isIn) return (isIn.args[0] as unknown[])[0];
  if (field.property in context.ids) return context.ids[field.property];
  if (has(field, 'isObject')) return context.objects?.[field.property] ?? {};
  if (has(field, 'isCalendarDate') || has(field, 'isCalendarDateOrDateTime')) return context.today;
  if (has(field, 'isDateTimeWithZone')) return new Date(Date.now() - 3_600_000).toISOString();
  if (has(field, 'isNationalId')) return context.nationalId;
  if (has(field, 'isKommunenummer')) return '5029';
  const serviceType = has(field, 'isServiceType');
  if (serviceType) return (serviceType.args[0] as string | undefined) ?? 'skole';
  if (has(field, 'isUuidId')) return '00000000-0000-4000-8000-000000000000';
  if (has(field, 'isEntityId')) return 'demo-fuzz';
  if (has(field, 'isBoolean')) return true;
  if (has(field, 'isInt') || has(field, 'min')) return (has(field, 'min')?.args[0] as number | undefined) ?? 1;
  const matches = has(field, 'matches');
  if (matches) {
    // fast-check generates from case-sensitive patterns only; the lower-case variant still matches an `i` pattern.
    const pattern = matches.args[0] as RegExp;
    return fc.sample(fc.stringMatching(new RegExp(pattern.source, pattern.flags.replace('i', ''))), { numRuns: 1, seed: 7 })[0];
  }
  return 'Tekst fra fuzz-testen';
}

/** A body that passes the DTO's validation (a DTO nested in itself, like consent exceptions, stops at depth 2). */
export function validSample(dto: Ctor, context: SampleContext, depth = 0): Record<string, Json> {
  const body: Record<string, Json> = {};
  for (const field of schemaOf(dto)) {
    if (field.nested) {
      if (depth >= 2 && field.optional) continue;
      const nested = validSample(field.nested, context, depth + 1);
      body[field.property] = field.isList ? (depth >= 2 ? [] : [nested]) : nested;
    } else {
      body[field.property] = field.isList ? [scalarSample(field, context)] : scalarSample(field, context);
    }
  }
  return body;
}

/** Values that break the field's rules, whatever they are. */
function badValues(field: FieldSchema): Json[] {
  const names = new Set(field.rules.map((r) => r.name));
  const maxText = (has(field, 'isText')?.args[0] as number | undefined) ?? (has(field, 'maxLength')?.args[0] as number | undefined);
  const scalarBad: Json[] = [42, { a: 1 }, null];
  if (!names.has('isBoolean')) scalarBad.push(false);
  const freeText = names.has('isText') || names.has('isString') || names.has('isEntityId') || names.has('matches');
  if (!freeText) scalarBad.push('ja');
  if (freeText || names.has('isUuidId')) {
    scalarBad.push('a\u0000b', '\ud800x', '\u200b\u200b\u2060', '   ');
  }
  if (maxText !== undefined) scalarBad.push('x'.repeat(maxText + 1));
  if (names.has('isEntityId') || names.has('isUuidId') || names.has('matches')) scalarBad.push('../etc/passwd', '\u202Eabc', '');
  if (names.has('isCalendarDate') || names.has('isCalendarDateOrDateTime')) scalarBad.push('2026-02-30', '2026-13-01', '26-01-01');
  if (names.has('isDateTimeWithZone')) scalarBad.push('2026-02-30T10:00:00Z', '2026-03-01T10:00:00', '2026-03-01T25:00:00Z');
  if (names.has('isNationalId')) scalarBad.push('abcdefghijk', '0101901234', '01019012481', '1'.repeat(30));
  if (names.has('isIn') || names.has('isServiceType')) scalarBad.push('ukjent-verdi');
  if (field.isList) return ['ikke en liste', { a: 1 }, 42, [42], [null], ...(field.nested ? [['tekst']] : scalarBad.filter((v) => v !== null).map((v) => [v]))];
  if (field.nested) return ['tekst', 42, [], null];
  return scalarBad;
}

export interface Malformed {
  readonly why: string;
  /** A JSON value, or raw text sent as it is (`raw`). */
  readonly body?: Json;
  readonly raw?: string;
}

/** Faults of the body as a whole, whatever the route. */
export function wholeBodyFaults(base: Record<string, Json>): Malformed[] {
  return [
    { why: 'nested 5000 deep (arrays)', raw: `${'['.repeat(5000)}${']'.repeat(5000)}` },
    { why: 'nested 3000 deep (objects)', raw: `${'{"a":'.repeat(3000)}1${'}'.repeat(3000)}` },
    { why: 'nested 40 deep inside the body', body: { ...base, extra: JSON.parse(`${'{"a":'.repeat(40)}1${'}'.repeat(40)}`) } },
    { why: '__proto__ key', raw: JSON.stringify(base).replace(/^\{/, '{"__proto__":{"admin":true},') },
    { why: 'constructor key', raw: JSON.stringify(base).replace(/^\{/, '{"constructor":{"prototype":{"admin":true}},') },
    { why: 'prototype key', body: { ...base, prototype: 1 } },
    { why: 'an unknown field', body: { ...base, ukjentFelt: 'x' } },
    { why: 'an unknown field with a strange name', body: { ...base, '<script>alert(1)</script>': 'x' } },
    { why: 'NUL in a key', body: { ...base, 'a\u0000b': 'x' } },
    { why: 'a lone surrogate in a key', body: { ...base, '\udc00': 'x' } },
    { why: 'a list', body: [base] },
    { why: 'a number', raw: '42' },
    { why: 'a string', raw: '"tekst"' },
    { why: 'null', raw: 'null' },
    { why: 'true', raw: 'true' },
    { why: 'broken JSON', raw: '{"a":' },
    { why: 'more than the body limit', body: { ...base, stor: 'x'.repeat(150_000) } },
  ];
}

/** One fault per field and rule on top of a valid body, then whole-body faults; at least `minimum`. */
export function malformedBodies(dto: Ctor | undefined, context: SampleContext, minimum: number): Malformed[] {
  const base = dto ? validSample(dto, context) : {};
  const out: Malformed[] = [];
  const walk = (schemaDto: Ctor, path: string[]) => {
    for (const field of schemaOf(schemaDto)) {
      const at = [...path, field.property];
      if (getIn(base, path) === undefined) return;
      if (!field.optional) out.push({ why: `${at.join('.')} missing`, body: setIn(base, at, DELETE) });
      for (const value of badValues(field)) out.push({ why: `${at.join('.')} = ${JSON.stringify(value)?.slice(0, 40)}`, body: setIn(base, at, value) });
      if (field.nested && !field.isList && typeof getIn(base, at) === 'object') {
        out.push({ why: `${at.join('.')} with an unknown field`, body: setIn(base, [...at, 'ukjentFelt'], 'x') });
        walk(field.nested, at);
      }
      if (field.nested && field.isList && typeof getIn(base, [...at, '0']) === 'object') out.push({ why: `${at.join('.')}[0] with an unknown field`, body: setIn(base, [...at, '0', 'ukjentFelt'], 'x') });
    }
  };
  if (dto) walk(dto, []);
  else out.push({ why: 'a field on a route without a body', body: { ukjentFelt: 'x' } }, { why: 'a list on a route without a body', body: [1] });
  out.push(...wholeBodyFaults(base));
  // More unknown fields, with generated names, until there are enough: each is refused whatever its value.
  const known = new Set(dto ? schemaOf(dto).map((f) => f.property) : []);
  const names = fc.sample(fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,15}$/).filter((n) => !known.has(n)), { numRuns: minimum, seed: 11 });
  const values = fc.sample(fc.jsonValue({ maxDepth: 2 }), { numRuns: minimum, seed: 13 });
  for (let i = 0; out.length < minimum; i++) out.push({ why: `unknown field ${names[i % names.length]}`, body: { ...base, [`${names[i % names.length]}X${i}`]: values[i % values.length] } });
  return out;
}

const DELETE = Symbol('delete');

function getIn(base: Json, path: readonly string[]): Json {
  return path.reduce<Json>((node, segment) => (typeof node === 'object' && node !== null ? (node as Record<string, Json>)[segment] : undefined), base);
}

function setIn(base: Record<string, Json>, path: readonly string[], value: Json | typeof DELETE): Record<string, Json> {
  const copy = structuredClone(base);
  let node = copy as Record<string, Json>;
  for (const segment of path.slice(0, -1)) node = node[segment] as Record<string, Json>;
  const last = path[path.length - 1];
  if (value === DELETE) delete node[last];
  else node[last] = value;
  return copy;
}
