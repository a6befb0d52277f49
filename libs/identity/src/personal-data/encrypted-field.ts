/**
 * One encrypted value as it is stored in events: AES-256-GCM, base64 strings, JSON-safe.
 * `v` is the format version, so that a later algorithm can be introduced next to this one.
 */
export interface EncryptedField {
  readonly v: 1;
  /** 12 random bytes, fresh for every value. */
  readonly iv: string;
  /** The ciphertext. */
  readonly ct: string;
  /** The 16-byte authentication tag. */
  readonly tag: string;
}

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Shape check for values read back from storage, before they reach the decryption. */
export function isEncryptedField(value: unknown): value is EncryptedField {
  if (typeof value !== 'object' || value === null) return false;
  const field = value as Record<string, unknown>;
  return (
    field.v === 1 &&
    [field.iv, field.ct, field.tag].every((part) => typeof part === 'string' && BASE64.test(part)) &&
    Object.keys(field).length === 4
  );
}
