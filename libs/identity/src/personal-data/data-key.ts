import { open, seal } from './aes-gcm';
import { normaliseChildId } from './child-id';
import { isEncryptedField } from './encrypted-field';
import type { MasterKeyring } from './master-keyring';
import { PersonalDataDecryptionError } from './personal-data.errors';
import { SecretKey } from './secret-key';

/** A child's data key as it is stored: encrypted by a master key, with that key's version. */
export interface WrappedDataKey {
  /** JSON of an EncryptedField. */
  readonly wrappedKey: string;
  readonly keyVersion: number;
}

/**
 * The child id and master key version are authenticated with the wrapped key, so a wrapped key
 * copied to another child's row, or relabelled with another version, fails to unwrap.
 */
function wrapAad(childId: string, keyVersion: number): string {
  return `stafett/child-key/v1/child/${normaliseChildId(childId)}/master/${keyVersion}`;
}

export function generateDataKey(): SecretKey {
  return SecretKey.generate();
}

export function wrapDataKey(dataKey: SecretKey, keyring: MasterKeyring, childId: string): WrappedDataKey {
  const { version, key } = keyring.current;
  const sealed = seal(key, dataKey.unsafeBytes(), wrapAad(childId, version));
  return { wrappedKey: JSON.stringify(sealed), keyVersion: version };
}

/** Throws PersonalDataDecryptionError for a wrong master key, a tampered value or another child's key. */
export function unwrapDataKey(wrapped: WrappedDataKey, keyring: MasterKeyring, childId: string): SecretKey {
  let sealed: unknown;
  try {
    sealed = JSON.parse(wrapped.wrappedKey);
  } catch {
    throw new PersonalDataDecryptionError('Wrapped data key is not JSON');
  }
  if (!isEncryptedField(sealed)) throw new PersonalDataDecryptionError('Wrapped data key has the wrong shape');
  const master = keyring.get(wrapped.keyVersion);
  return SecretKey.fromBytes(open(master, sealed, wrapAad(childId, wrapped.keyVersion)), 'data key');
}
