import type { Pool } from 'pg';
import { normaliseChildId } from './child-id';
import type { ChildKeyStore, NewChildKey, StoredChildKey } from './child-key-store.port';

interface ChildKeyRow {
  child_id: string;
  wrapped_key: string | null;
  key_version: number;
  created_at: Date;
  destroyed_at: Date | null;
}

const COLUMNS = 'child_id, wrapped_key, key_version, created_at, destroyed_at';

/**
 * The `child_keys` table (migration CreateChildKeys1732000000100).
 *
 * Why destroying is only as good as the database's hygiene: PostgreSQL keeps the old row version
 * until VACUUM reclaims it, and WAL archives and backups keep it as long as they are retained. The
 * wrapped key stays protected by the master key there, but erasure is complete only when those
 * copies have expired too; operations must bound backup retention accordingly.
 */
export class PostgresChildKeyStore implements ChildKeyStore {
  constructor(private readonly db: Pick<Pool, 'query'>) {}

  async createIfAbsent(key: NewChildKey): Promise<StoredChildKey> {
    const childId = normaliseChildId(key.childId);
    const inserted = await this.db.query<ChildKeyRow>(
      `INSERT INTO child_keys (child_id, wrapped_key, key_version) VALUES ($1, $2, $3)
       ON CONFLICT (child_id) DO NOTHING RETURNING ${COLUMNS}`,
      [childId, key.wrappedKey, key.keyVersion],
    );
    if (inserted.rows[0]) return toStoredKey(inserted.rows[0]);
    // A separate statement on purpose: it takes a fresh snapshot, so it sees a row that a concurrent
    // transaction committed while our insert waited on it (one statement's snapshot would not).
    const existing = await this.find(childId);
    if (!existing) throw new Error(`child_keys row for ${childId} vanished during creation`);
    return existing;
  }

  async find(childId: string): Promise<StoredChildKey | undefined> {
    const { rows } = await this.db.query<ChildKeyRow>(`SELECT ${COLUMNS} FROM child_keys WHERE child_id = $1`, [
      normaliseChildId(childId),
    ]);
    return rows[0] ? toStoredKey(rows[0]) : undefined;
  }

  async destroyKey(childId: string): Promise<void> {
    await this.db.query(
      `INSERT INTO child_keys (child_id, wrapped_key, key_version, destroyed_at) VALUES ($1, NULL, 0, now())
       ON CONFLICT (child_id) DO UPDATE
         SET wrapped_key = NULL, destroyed_at = coalesce(child_keys.destroyed_at, now())`,
      [normaliseChildId(childId)],
    );
  }
}

function toStoredKey(row: ChildKeyRow): StoredChildKey {
  const common = { childId: row.child_id, keyVersion: row.key_version, createdAt: row.created_at };
  if (row.destroyed_at !== null || row.wrapped_key === null) {
    return { ...common, wrappedKey: null, destroyedAt: row.destroyed_at ?? row.created_at };
  }
  return { ...common, wrappedKey: row.wrapped_key, destroyedAt: null };
}
