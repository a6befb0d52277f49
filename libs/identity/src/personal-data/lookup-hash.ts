import { createHmac } from 'node:crypto';
import type { SecretKey } from './secret-key';

/**
 * HMAC-SHA256 of a normalised national id, hex. Stored instead of the number so that a child can be
 * found by national id without the number being stored anywhere. The brand keeps a plain number from
 * being passed where a hash belongs.
 */
export type LookupHash = string & { readonly __brand: 'LookupHash' };

/** Separates this use of the lookup key from any later one (other identifiers hash to other values). */
const DOMAIN = 'stafett/lookup/national-id/v1:';

/**
 * Hashes national ids for look-up. The key must differ from the master key and stay secret: without
 * it, nobody can test guesses against the hashes (11-digit numbers are few enough to enumerate).
 */
export class NationalIdHasher {
  constructor(private readonly lookupKey: SecretKey) {}

  /** Accepts the number with or without spaces; anything but 11 digits is refused. */
  hash(nationalId: string): LookupHash {
    const value = typeof nationalId === 'string' ? nationalId.replace(/\s+/g, '') : '';
    if (!/^\d{11}$/.test(value)) throw new TypeError('Only an 11-digit national id can be hashed for look-up');
    return createHmac('sha256', this.lookupKey.unsafeBytes()).update(DOMAIN + value, 'utf8').digest('hex') as LookupHash;
  }
}

export function isLookupHash(value: unknown): value is LookupHash {
  return typeof value === 'string' && /^[0-9a-f]{64}$/.test(value);
}

/**
 * A keyed digest of a whole request, for remembering Idempotency-Keys: a plain hash of a body that
 * is only a national id could be reversed by trying every number. Same key as the look-up hashes,
 * another domain, so the two can never be mistaken for each other.
 */
export class RequestFingerprinter {
  private static readonly DOMAIN = 'stafett/idempotency/request/v1:';

  constructor(private readonly lookupKey: SecretKey) {}

  fingerprint(request: string): string {
    return createHmac('sha256', this.lookupKey.unsafeBytes()).update(RequestFingerprinter.DOMAIN + request, 'utf8').digest('hex');
  }
}
