/**
 * Keeping personal data out of the logs. Field-name redaction catches names and free text, which no
 * pattern can recognise; digit masking catches national ids (fødselsnummer, d-nummer: 11 digits)
 * wherever they end up, including messages, URLs and stack traces.
 */

export const REDACTED = '[redacted]';
const MASKED_ID = '[id]';

/**
 * Eleven digits, optionally written "DDMMYY NNNNN", not part of a longer word or number. Letters
 * count as part of a word so that UUIDs and hashes are left alone (a UUID never holds 11 digits
 * between two non-alphanumerics).
 */
const NATIONAL_ID = /(?<![\dA-Za-z])\d{6}[ .]?\d{5}(?![\dA-Za-z])/g;

export function maskNationalIds(text: string): string {
  return text.replace(NATIONAL_ID, MASKED_ID);
}

/**
 * Field names whose values are personal data, compared lower-cased without `_`/`-` and by suffix, so
 * `childName`, `guardian_national_id` and `reporterFnr` are caught too.
 */
const SENSITIVE_SUFFIXES = [
  'name', 'navn', 'nationalid', 'fodselsnummer', 'fødselsnummer', 'fnr', 'dnummer', 'personnummer', 'pid', 'ssn',
  'text', 'tekst', 'note', 'notes', 'notat', 'summary', 'sammendrag', 'description', 'beskrivelse', 'comment',
  'kommentar', 'address', 'adresse', 'email', 'epost', 'phone', 'telefon', 'body', 'authorization', 'cookie',
];

/** Keys that end like a sensitive one but are our own log plumbing. */
const SAFE_KEYS = new Set(['context', 'hostname']);

export function isSensitiveKey(key: string): boolean {
  const normalised = key.toLowerCase().replace(/[_-]/g, '');
  if (SAFE_KEYS.has(normalised)) return false;
  return SENSITIVE_SUFFIXES.some((suffix) => normalised.endsWith(suffix));
}

/**
 * A copy of a logged value with sensitive fields replaced and national ids masked in every string.
 * Walks plain objects and arrays only: class instances (requests, errors) have serializers of their
 * own, and walking them could be costly or endless.
 */
export function redactSensitive(value: unknown, depth = 0): unknown {
  if (typeof value === 'string') return maskNationalIds(value);
  if (typeof value !== 'object' || value === null) return value;
  if (depth > 8) return REDACTED; // deeper than any log object we write on purpose
  if (Array.isArray(value)) return value.map((item) => redactSensitive(item, depth + 1));
  const prototype = Object.getPrototypeOf(value) as unknown;
  if (prototype !== Object.prototype && prototype !== null) return value;
  const copy: Record<string, unknown> = {};
  for (const [key, item] of Object.entries(value)) {
    copy[key] = isSensitiveKey(key) && item !== undefined ? REDACTED : redactSensitive(item, depth + 1);
  }
  return copy;
}

/** Minimal writable that pino accepts as a destination. */
export interface LineDestination {
  write(line: string): unknown;
}

/**
 * The last line of defence: masks national ids in each finished log line before it leaves the
 * process, whatever path (bindings, serializers, a library's own logging) put them there.
 */
export function maskingDestination(inner: LineDestination): LineDestination {
  return { write: (line: string) => inner.write(maskNationalIds(line)) };
}
