import { open, seal } from './aes-gcm';
import { normaliseChildId } from './child-id';
import type { EncryptedField } from './encrypted-field';
import type { SecretKey } from './secret-key';

/** Binds a ciphertext to one child: copied into another child's event, it fails to decrypt. */
function fieldAad(childId: string): string {
  return `stafett/personal-data/v1/child/${normaliseChildId(childId)}`;
}

/** Encrypts one personal field (a name, a national id) with the child's data key. */
export function encryptField(plaintext: string, dataKey: SecretKey, childId: string): EncryptedField {
  if (typeof plaintext !== 'string') throw new TypeError('Only strings are encrypted; serialise other values first');
  return seal(dataKey, Buffer.from(plaintext, 'utf8'), fieldAad(childId));
}

/** Throws PersonalDataDecryptionError when the value was altered, or belongs to another child or key. */
export function decryptField(field: EncryptedField, dataKey: SecretKey, childId: string): string {
  return open(dataKey, field, fieldAad(childId)).toString('utf8');
}
