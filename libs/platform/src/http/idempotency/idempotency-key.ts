import { problem } from '../problem.exception';

export const IDEMPOTENCY_HEADER = 'idempotency-key';
const KEY_FORMAT = /^[A-Za-z0-9_.:-]{1,200}$/;
const RULE = 'Idempotency-Key må være 1-200 tegn: bokstaver (a-z), tall og - _ . :';

/**
 * The request's `Idempotency-Key`, or undefined without one; a malformed key is a 400 naming the
 * header (never echoing it). The one check, for the interceptor and the handlers that derive ids from it.
 */
export function readIdempotencyKey(headers: Readonly<Record<string, string | string[] | undefined>>): string | undefined {
  const header = headers[IDEMPOTENCY_HEADER];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || !KEY_FORMAT.test(key)) {
    throw problem(400, 'invalid-idempotency-key', 'Ugyldig forespørsel', RULE, [{ field: 'Idempotency-Key', message: RULE }]);
  }
  return key;
}
