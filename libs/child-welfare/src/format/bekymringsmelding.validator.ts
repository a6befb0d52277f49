import Ajv2019 from 'ajv/dist/2019';
import type { ValidateFunction } from 'ajv';
import adresseSchema from './schemas/adresse.json';
import feilmeldingSchema from './schemas/feilmelding.json';
import offentligSchema from './schemas/v2/offentlig.bekymringsmelding.v2.json';
import privatSchema from './schemas/v2/privat.bekymringsmelding.v2.json';
import type { BekymringsmeldingV2, BekymringsmeldingVariant, OffentligBekymringsmeldingV2, PrivatBekymringsmeldingV2 } from './bekymringsmelding.types';

/** One schema violation, in Ajv's terms: a JSON pointer into the document, the keyword, a message (English, for logs), the keyword's parameters. */
export interface SchemaProblem {
  readonly path: string;
  readonly keyword: string;
  readonly message: string;
  readonly params?: Record<string, unknown>;
}

export type BekymringsmeldingValidation =
  | ({ readonly ok: true } & BekymringsmeldingV2)
  | { readonly ok: false; readonly variant?: BekymringsmeldingVariant; readonly errors: readonly SchemaProblem[] };

// The v2 schemas refer to `../adresse.json`. Resolved against their `$id`
// (https://fiks.ks.no/bekymringsmelding.offentlig.v2.json) that is https://fiks.ks.no/adresse.json,
// while adresse.json declares `$id` https://fiks.ks.no/bekymringsmelding.adresse.json. KS's files
// are laid out on disk so the relative path works; we register the schema under both names so
// Ajv finds it without us editing KS's files.
const ADRESSE_AS_REFERENCED = 'https://fiks.ks.no/adresse.json';

function compile(): Record<BekymringsmeldingVariant, ValidateFunction> {
  const ajv = new Ajv2019({
    allErrors: true, // a 422 lists every problem, not only the first
    validateFormats: false, // `format` is an annotation in 2019-09, as in KS's reference tests
    // KS's privat schema puts `minLength` on the `privatBarn` array, which strict mode refuses to
    // compile. JSON Schema ignores it on arrays (an empty list passes); we keep KS's schema unchanged.
    strict: false,
  });
  ajv.addSchema(adresseSchema);
  ajv.addSchema(adresseSchema, ADRESSE_AS_REFERENCED);
  ajv.addSchema(feilmeldingSchema);
  return { offentlig: ajv.compile(offentligSchema), privat: ajv.compile(privatSchema) };
}

// Compiled once per process on first use: compiling is slow, validating is fast.
let validators: Record<BekymringsmeldingVariant, ValidateFunction> | undefined;

/**
 * Which variant a document claims to be. The schemas share their top-level fields except the
 * reporter and the children: `offentligMelder`/`offentligBarn` against `privatMelder`/`privatBarn`.
 * Either field decides, so a document missing one of them still gets its variant's error list.
 */
export function detectVariant(doc: unknown): BekymringsmeldingVariant | 'ambiguous' | 'unknown' {
  if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return 'unknown';
  const has = (key: string) => Object.prototype.hasOwnProperty.call(doc, key);
  const offentlig = has('offentligMelder') || has('offentligBarn');
  const privat = has('privatMelder') || has('privatBarn');
  if (offentlig && privat) return 'ambiguous';
  if (offentlig) return 'offentlig';
  if (privat) return 'privat';
  return 'unknown';
}

/** Validates an incoming document against the v2 schema of its variant; every error is listed. */
export function validateBekymringsmelding(doc: unknown): BekymringsmeldingValidation {
  const variant = detectVariant(doc);
  if (variant === 'ambiguous') {
    return {
      ok: false,
      errors: [{ path: '', keyword: 'variant', message: 'must have either offentligMelder/offentligBarn or privatMelder/privatBarn, not both' }],
    };
  }
  if (variant === 'unknown') {
    if (typeof doc !== 'object' || doc === null || Array.isArray(doc)) return { ok: false, errors: [{ path: '', keyword: 'type', message: 'must be object' }] };
    return {
      ok: false,
      errors: [{ path: '', keyword: 'variant', message: 'must have offentligMelder and offentligBarn (public reporter) or privatMelder and privatBarn (private reporter)' }],
    };
  }
  validators ??= compile();
  const validate = validators[variant];
  if (validate(doc)) {
    return variant === 'offentlig'
      ? { ok: true, variant, document: doc as OffentligBekymringsmeldingV2 }
      : { ok: true, variant, document: doc as PrivatBekymringsmeldingV2 };
  }
  return {
    ok: false,
    variant,
    errors: (validate.errors ?? []).map((e) => ({ path: e.instancePath, keyword: e.keyword, message: e.message ?? e.keyword, params: e.params as Record<string, unknown> })),
  };
}
