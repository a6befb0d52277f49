import { normaliseChildId } from './child-id';
import type { ChildKeyStore, StoredChildKey } from './child-key-store.port';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './data-key';
import type { EncryptedField } from './encrypted-field';
import { decryptField, encryptField } from './field-encryption';
import type { MasterKeyring } from './master-keyring';
import { ChildKeyNotFoundError, PersonalDataErasedError } from './personal-data.errors';

/**
 * Encrypts and decrypts one child's fields with that child's data key. Synchronous on purpose: the
 * key is fetched once (async), then a decider can be given `encrypt` as a plain, injected function.
 */
export interface ChildCipher {
  readonly childId: string;
  encrypt(plaintext: string): EncryptedField;
  decrypt(field: EncryptedField): string;
}

/**
 * Envelope encryption of children's personal data: a data key per child, wrapped by the master key,
 * kept in the key store. Unwrapped keys are not cached, so a destroyed key stops working at once in
 * every process.
 */
export class PersonalDataVault {
  constructor(
    private readonly store: ChildKeyStore,
    private readonly keyring: MasterKeyring,
  ) {}

  /** For writing: creates the child's key on first use. Throws PersonalDataErasedError after erasure. */
  async cipherFor(childId: string): Promise<ChildCipher> {
    const id = normaliseChildId(childId);
    const existing = await this.store.find(id);
    const stored = existing ?? (await this.store.createIfAbsent({ childId: id, ...wrapDataKey(generateDataKey(), this.keyring, id) }));
    return this.toCipher(stored);
  }

  /** For reading: never creates a key. Throws PersonalDataErasedError or ChildKeyNotFoundError. */
  async existingCipherFor(childId: string): Promise<ChildCipher> {
    const id = normaliseChildId(childId);
    const stored = await this.store.find(id);
    if (!stored) throw new ChildKeyNotFoundError(id);
    return this.toCipher(stored);
  }

  async decrypt(childId: string, field: EncryptedField): Promise<string> {
    return (await this.existingCipherFor(childId)).decrypt(field);
  }

  /** Crypto-shredding. Callers must first check retention duties (domain.md section 5). */
  async destroyKey(childId: string): Promise<void> {
    await this.store.destroyKey(normaliseChildId(childId));
  }

  private toCipher(stored: StoredChildKey): ChildCipher {
    if (stored.destroyedAt !== null) throw new PersonalDataErasedError(stored.childId);
    const childId = stored.childId;
    const dataKey = unwrapDataKey(stored, this.keyring, childId);
    return {
      childId,
      encrypt: (plaintext) => encryptField(plaintext, dataKey, childId),
      decrypt: (field) => decryptField(field, dataKey, childId),
    };
  }
}
