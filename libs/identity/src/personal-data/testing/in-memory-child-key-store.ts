import { normaliseChildId } from '../child-id';
import type { ChildKeyStore, NewChildKey, StoredChildKey } from '../child-key-store.port';

/** The key store in memory, for unit tests. Behaves like the PostgreSQL one, including tombstones. */
export class InMemoryChildKeyStore implements ChildKeyStore {
  private readonly rows = new Map<string, StoredChildKey>();

  constructor(private readonly now: () => Date = () => new Date()) {}

  async createIfAbsent(key: NewChildKey): Promise<StoredChildKey> {
    const childId = normaliseChildId(key.childId);
    const existing = this.rows.get(childId);
    if (existing) return existing;
    const stored: StoredChildKey = { ...key, childId, createdAt: this.now(), destroyedAt: null };
    this.rows.set(childId, stored);
    return stored;
  }

  async find(childId: string): Promise<StoredChildKey | undefined> {
    return this.rows.get(normaliseChildId(childId));
  }

  async destroyKey(childId: string): Promise<void> {
    const id = normaliseChildId(childId);
    const existing = this.rows.get(id);
    if (existing?.destroyedAt) return;
    const now = this.now();
    this.rows.set(id, {
      childId: id,
      wrappedKey: null,
      keyVersion: existing?.keyVersion ?? 0,
      createdAt: existing?.createdAt ?? now,
      destroyedAt: now,
    });
  }
}
