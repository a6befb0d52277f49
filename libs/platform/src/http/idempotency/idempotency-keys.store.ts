import type { DataSource } from 'typeorm';

/** How long an answer is kept: a client retries within minutes, not days. */
const RETENTION_HOURS = 24;
/** A reservation older than this belongs to a request that died with its process; another may take it. */
const RESERVATION_SECONDS = 30;

export interface StoredKey {
  readonly requestHash: string;
  readonly state: 'in-flight' | 'done';
  readonly status: number | null;
  readonly body: unknown;
}

/** The rows of `idempotency_keys`: one per key (as a keyed hash), reserved, then answered. */
export class IdempotencyKeys {
  constructor(private readonly dataSource: DataSource) {}

  /** Reserves a free key (or one expired, or abandoned in flight); false when another holds it. */
  async reserve(keyHash: string, requestHash: string): Promise<boolean> {
    const rows: unknown[] = await this.dataSource.query(
      `INSERT INTO idempotency_keys AS k (key_hash, request_hash, state, reserved_until)
       VALUES ($1, $2, 'in-flight', now() + $3 * interval '1 second')
       ON CONFLICT (key_hash) DO UPDATE SET request_hash = excluded.request_hash, state = 'in-flight', status = NULL, body = NULL,
         reserved_until = excluded.reserved_until, created_at = now()
        WHERE k.created_at <= now() - $4 * interval '1 hour' OR (k.state = 'in-flight' AND k.reserved_until < now())
       RETURNING key_hash`,
      [keyHash, requestHash, RESERVATION_SECONDS, RETENTION_HOURS],
    );
    return rows.length === 1;
  }

  async find(keyHash: string): Promise<StoredKey | undefined> {
    const [row]: Array<{ request_hash: string; state: 'in-flight' | 'done'; status: number | null; body: unknown }> = await this.dataSource.query(
      `SELECT request_hash, state, status, body FROM idempotency_keys WHERE key_hash = $1 AND created_at > now() - $2 * interval '1 hour'`,
      [keyHash, RETENTION_HOURS],
    );
    return row && { requestHash: row.request_hash, state: row.state, status: row.status, body: row.body };
  }

  async answer(keyHash: string, status: number, body: unknown): Promise<void> {
    await this.dataSource.query(
      `UPDATE idempotency_keys SET state = 'done', status = $2, body = $3, reserved_until = NULL WHERE key_hash = $1 AND state = 'in-flight'`,
      [keyHash, status, JSON.stringify(body ?? null)],
    );
  }

  /** The request failed: the key is free again, so that a retry runs it anew. */
  async release(keyHash: string): Promise<void> {
    await this.dataSource.query(`DELETE FROM idempotency_keys WHERE key_hash = $1 AND state = 'in-flight'`, [keyHash]);
  }
}
