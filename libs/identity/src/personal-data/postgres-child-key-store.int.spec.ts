import { randomBytes, randomUUID } from 'node:crypto';
import { MasterKeyring } from './master-keyring';
import { PersonalDataErasedError } from './personal-data.errors';
import { PersonalDataVault } from './personal-data-vault';
import { PostgresChildKeyStore } from './postgres-child-key-store';
import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';

let db: TestDatabase;
let store: PostgresChildKeyStore;
let vault: PersonalDataVault;
const keyring = MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') });

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresChildKeyStore(db.pool);
  vault = new PersonalDataVault(store, keyring);
});
afterAll(() => db.drop());

describe('PostgresChildKeyStore', () => {
  describe('when a key is created', () => {
    it('stores the wrapped key with its version and returns it', async () => {
      const childId = randomUUID();
      const stored = await store.createIfAbsent({ childId, wrappedKey: '{"k":1}', keyVersion: 3 });
      expect(stored).toMatchObject({ childId, wrappedKey: '{"k":1}', keyVersion: 3, destroyedAt: null });
      expect(await store.find(childId)).toEqual(stored);
    });

    it('keeps the first key when the child already has one', async () => {
      const childId = randomUUID();
      await store.createIfAbsent({ childId, wrappedKey: 'first', keyVersion: 1 });
      const second = await store.createIfAbsent({ childId, wrappedKey: 'second', keyVersion: 1 });
      expect(second.wrappedKey).toBe('first');
    });

    it('gives every concurrent creator the same key', async () => {
      const childId = randomUUID();
      const results = await Promise.all(
        Array.from({ length: 10 }, (_, i) => store.createIfAbsent({ childId, wrappedKey: `key-${i}`, keyVersion: 1 })),
      );
      expect(new Set(results.map((r) => r.wrappedKey)).size).toBe(1);
    });

    it('gives every concurrent vault writer one key that decrypts all their values', async () => {
      const childId = randomUUID();
      const ciphers = await Promise.all(Array.from({ length: 8 }, () => vault.cipherFor(childId)));
      const fields = ciphers.map((c, i) => c.encrypt(`navn ${i}`));
      const reader = await vault.existingCipherFor(childId);
      expect(fields.map((f) => reader.decrypt(f))).toEqual(ciphers.map((_, i) => `navn ${i}`));
    });
  });

  it('finds nothing for an unknown child', async () => {
    expect(await store.find(randomUUID())).toBeUndefined();
  });

  describe('when a key is destroyed', () => {
    it('removes the wrapped key from the row and records when', async () => {
      const childId = randomUUID();
      const field = (await vault.cipherFor(childId)).encrypt('Kari (demo)');
      await vault.destroyKey(childId);
      await vault.destroyKey(childId); // idempotent

      const { rows } = await db.pool.query('SELECT wrapped_key, destroyed_at FROM child_keys WHERE child_id = $1', [childId]);
      expect(rows).toEqual([{ wrapped_key: null, destroyed_at: expect.any(Date) }]);
      await expect(vault.decrypt(childId, field)).rejects.toThrow(PersonalDataErasedError);
    });

    it('leaves a tombstone for a child that had no key, so none can be created later', async () => {
      const childId = randomUUID();
      await store.destroyKey(childId);
      const after = await store.createIfAbsent({ childId, wrappedKey: 'late', keyVersion: 1 });
      expect(after.wrappedKey).toBeNull();
      await expect(vault.cipherFor(childId)).rejects.toThrow(PersonalDataErasedError);
    });
  });

  it('refuses, in the schema, a row that holds a key and is destroyed', async () => {
    await expect(
      db.pool.query(`INSERT INTO child_keys (child_id, wrapped_key, key_version, destroyed_at) VALUES ($1, 'x', 1, now())`, [randomUUID()]),
    ).rejects.toThrow(/child_keys_key_xor_destroyed/);
  });

  it('keeps no plain data key in the table', async () => {
    const childId = randomUUID();
    await vault.cipherFor(childId);
    const { rows } = await db.pool.query<{ wrapped_key: string }>('SELECT wrapped_key FROM child_keys WHERE child_id = $1', [childId]);
    expect(Object.keys(JSON.parse(rows[0].wrapped_key)).sort()).toEqual(['ct', 'iv', 'tag', 'v']);
  });
});
