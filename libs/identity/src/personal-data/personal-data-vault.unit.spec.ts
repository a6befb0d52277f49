import { randomBytes, randomUUID } from 'node:crypto';
import { MasterKeyring } from './master-keyring';
import { ChildKeyNotFoundError, PersonalDataErasedError } from './personal-data.errors';
import { PersonalDataVault } from './personal-data-vault';
import { InMemoryChildKeyStore } from './testing/in-memory-child-key-store';

describe('PersonalDataVault', () => {
  const keyring = MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') });
  let store: InMemoryChildKeyStore;
  let vault: PersonalDataVault;

  beforeEach(() => {
    store = new InMemoryChildKeyStore();
    vault = new PersonalDataVault(store, keyring);
  });

  describe('when a child has no key yet', () => {
    it('creates one on first write and reuses it afterwards', async () => {
      const childId = randomUUID();
      const field = (await vault.cipherFor(childId)).encrypt('Kari');
      expect((await vault.cipherFor(childId)).decrypt(field)).toBe('Kari');
      expect(await vault.decrypt(childId, field)).toBe('Kari');
    });

    it('refuses to read, rather than creating a key', async () => {
      const childId = randomUUID();
      await expect(vault.existingCipherFor(childId)).rejects.toThrow(ChildKeyNotFoundError);
      expect(await store.find(childId)).toBeUndefined();
    });
  });

  describe('when the key has been destroyed', () => {
    it('reports the data as erased, for reading and for writing', async () => {
      const childId = randomUUID();
      const field = (await vault.cipherFor(childId)).encrypt('Kari');
      await vault.destroyKey(childId);
      await expect(vault.decrypt(childId, field)).rejects.toThrow(PersonalDataErasedError);
      await expect(vault.cipherFor(childId)).rejects.toThrow(PersonalDataErasedError);
    });

    it('also refuses a key for a child erased before it had one', async () => {
      const childId = randomUUID();
      await vault.destroyKey(childId);
      await expect(vault.cipherFor(childId)).rejects.toThrow(PersonalDataErasedError);
    });
  });

  it('keeps children apart: one key per child', async () => {
    const a = randomUUID();
    const b = randomUUID();
    const field = (await vault.cipherFor(a)).encrypt('Kari');
    await vault.cipherFor(b);
    await expect(vault.decrypt(b, field)).rejects.toThrow();
  });
});
