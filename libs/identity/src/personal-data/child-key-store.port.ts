/** A child's data key as stored. After erasure only the tombstone remains: no key, a `destroyedAt`. */
export type StoredChildKey =
  | {
      readonly childId: string;
      readonly wrappedKey: string;
      readonly keyVersion: number;
      readonly createdAt: Date;
      readonly destroyedAt: null;
    }
  | {
      readonly childId: string;
      readonly wrappedKey: null;
      readonly keyVersion: number;
      readonly createdAt: Date;
      readonly destroyedAt: Date;
    };

export interface NewChildKey {
  readonly childId: string;
  readonly wrappedKey: string;
  readonly keyVersion: number;
}

/**
 * Where wrapped data keys live, one per child. Keys are kept apart from the events on purpose:
 * destroying one row erases the personal data in all of a child's events (crypto-shredding)
 * without rewriting the append-only log.
 */
export interface ChildKeyStore {
  /**
   * Stores the key unless the child already has one (or had one: a tombstone). Returns what is
   * stored afterwards, so that two concurrent callers both end up using the same key.
   */
  createIfAbsent(key: NewChildKey): Promise<StoredChildKey>;

  find(childId: string): Promise<StoredChildKey | undefined>;

  /**
   * Crypto-shredding: removes the wrapped key and records when. Idempotent. For a child without a
   * key it leaves a tombstone, so that no key can be created for an erased child afterwards.
   */
  destroyKey(childId: string): Promise<void>;
}

export const CHILD_KEY_STORE = Symbol('CHILD_KEY_STORE');
