/**
 * What a text field may hold. PostgreSQL's jsonb refuses NUL and lone UTF-16 surrogates (a 500 when
 * they reach it), other control characters have no place in what people write, and a text of only
 * spaces or invisible characters (zero-width space, word joiner, byte-order mark, Hangul filler) is
 * empty to the reader although `trim()` keeps it. Pure, for the edge and the deciders alike.
 */

// C0 controls except tab, line feed and carriage return; DEL.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
// Anything but white space, format characters (Cf: zero-width, bidi controls, BOM), controls,
// combining marks on their own, and the blank-looking letters and symbols below.
const VISIBLE = /[^\p{White_Space}\p{Cf}\p{Cc}\p{Mn}\p{Me}\u115F\u1160\u3164\uFFA0\u2800]/u;

/** NUL or another control character, or half of a surrogate pair: never stored. */
export function hasForbiddenCharacters(value: string): boolean {
  return CONTROL.test(value) || LONE_SURROGATE.test(value);
}

/** Whether a reader would see anything at all. */
export function hasVisibleCharacter(value: string): boolean {
  return VISIBLE.test(value);
}

/** NUL or half of a surrogate pair: what jsonb refuses, checked on every string of a request body. */
export function hasUnstorableCharacters(value: string): boolean {
  return value.includes('\u0000') || LONE_SURROGATE.test(value);
}

export type TextProblem = 'not-text' | 'forbidden-characters' | 'empty' | 'too-long';

/** The first problem of a text field with at most `max` characters, or undefined when it is fine. */
export function textProblem(value: unknown, max: number): TextProblem | undefined {
  if (typeof value !== 'string') return 'not-text';
  if (hasForbiddenCharacters(value)) return 'forbidden-characters';
  if (!hasVisibleCharacter(value)) return 'empty';
  if (value.length > max) return 'too-long';
  return undefined;
}
