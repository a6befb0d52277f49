import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import { isEncryptedField, type EncryptedField } from './encrypted-field';
import { PersonalDataDecryptionError } from './personal-data.errors';
import type { SecretKey } from './secret-key';

const ALGORITHM = 'aes-256-gcm';
const IV_BYTES = 12;
const TAG_BYTES = 16;

/** Encrypts with a fresh random IV; the AAD is authenticated but not stored. */
export function seal(key: SecretKey, plaintext: Buffer, aad: string): EncryptedField {
  const iv = randomBytes(IV_BYTES);
  const cipher = createCipheriv(ALGORITHM, key.unsafeBytes(), iv, { authTagLength: TAG_BYTES });
  cipher.setAAD(Buffer.from(aad, 'utf8'));
  const ct = Buffer.concat([cipher.update(plaintext), cipher.final()]);
  return { v: 1, iv: iv.toString('base64'), ct: ct.toString('base64'), tag: cipher.getAuthTag().toString('base64') };
}

/**
 * Decrypts and authenticates. The tag length is checked explicitly: Node would otherwise accept a
 * truncated tag, which makes forgery far easier.
 */
export function open(key: SecretKey, field: EncryptedField, aad: string): Buffer {
  if (!isEncryptedField(field)) throw new PersonalDataDecryptionError('Not an encrypted field (v1)');
  const iv = Buffer.from(field.iv, 'base64');
  const tag = Buffer.from(field.tag, 'base64');
  if (iv.length !== IV_BYTES || tag.length !== TAG_BYTES) {
    throw new PersonalDataDecryptionError('Encrypted field has a malformed IV or authentication tag');
  }
  try {
    const decipher = createDecipheriv(ALGORITHM, key.unsafeBytes(), iv, { authTagLength: TAG_BYTES });
    decipher.setAAD(Buffer.from(aad, 'utf8'));
    decipher.setAuthTag(tag);
    return Buffer.concat([decipher.update(Buffer.from(field.ct, 'base64')), decipher.final()]);
  } catch {
    throw new PersonalDataDecryptionError(
      'Authentication failed: the value was altered, belongs to another child, or another key encrypted it',
    );
  }
}
