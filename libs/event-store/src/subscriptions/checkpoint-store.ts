import type { DataSource, EntityManager } from 'typeorm';
import { START, type GlobalPosition } from '../port/global-position';

export interface LeaseSettings {
  /** How long a lease lasts without renewal. Another process may take over after this. */
  readonly leaseMs: number;
}

export interface CheckpointRow {
  readonly name: string;
  readonly position: GlobalPosition;
  readonly owner: string | null;
  readonly leaseExpiresAt: Date | null;
  readonly lastError: string | null;
  readonly updatedAt: Date;
}

type BatchOutcome = 'committed' | 'lost';

/**
 * Checkpoints and leases of durable subscriptions, kept in PostgreSQL next to the read models
 * whatever engine holds the log. A subscription is active in one process at a time: the owner
 * holds a lease it renews; every batch is fenced by owner, lease and old position, so a process
 * that lost its lease (paused, partitioned) can never commit a batch twice.
 */
export class CheckpointStore {
  constructor(
    private readonly dataSource: DataSource,
    private readonly settings: LeaseSettings,
  ) {}

  /** Takes the lease when it is free, expired or already ours; returns the checkpoint, or undefined. */
  async tryAcquire(name: string, owner: string): Promise<GlobalPosition | undefined> {
    const rows: Array<{ position_commit: string; position_prepare: string }> = await this.dataSource.query(
      `INSERT INTO subscriptions AS s (name, position_commit, position_prepare, owner, lease_expires_at)
       VALUES ($1, $2, $3, $4, now() + $5 * interval '1 millisecond')
       ON CONFLICT (name) DO UPDATE SET owner = excluded.owner, lease_expires_at = excluded.lease_expires_at
        WHERE s.owner IS NULL OR s.owner = excluded.owner OR s.lease_expires_at < now()
       RETURNING position_commit::text, position_prepare::text`,
      [name, START.commit.toString(), START.prepare.toString(), owner, this.settings.leaseMs],
    );
    const row = rows[0];
    return row ? { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare) } : undefined;
  }

  /**
   * Extends the lease and returns the stored checkpoint, or undefined when another process holds
   * the lease now. A checkpoint that differs from the caller's means it was reset for a rebuild.
   */
  async renew(name: string, owner: string): Promise<GlobalPosition | undefined> {
    const { records } = await structuredQuery(
      this.dataSource.manager,
      `UPDATE subscriptions SET lease_expires_at = now() + $3 * interval '1 millisecond'
        WHERE name = $1 AND owner = $2
       RETURNING position_commit::text, position_prepare::text`,
      [name, owner, this.settings.leaseMs],
    );
    const row = records[0] as { position_commit: string; position_prepare: string } | undefined;
    return row ? { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare) } : undefined;
  }

  async release(name: string, owner: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE subscriptions SET owner = NULL, lease_expires_at = NULL WHERE name = $1 AND owner = $2`,
      [name, owner],
    );
  }

  /**
   * Runs `apply` and moves the checkpoint from `from` to `to` in one transaction. Returns 'lost'
   * (and changes nothing) when this process no longer owns the subscription at `from`.
   */
  async commitBatch(
    name: string,
    owner: string,
    from: GlobalPosition,
    to: GlobalPosition,
    apply: (manager: EntityManager) => Promise<void>,
  ): Promise<BatchOutcome> {
    const fenceLost = new Error('fence lost');
    try {
      await this.dataSource.transaction(async (manager) => {
        const { affected: fenced } = await structuredQuery(
          manager,
          `UPDATE subscriptions
              SET position_commit = $5, position_prepare = $6, last_error = NULL, updated_at = now(),
                  lease_expires_at = now() + $7 * interval '1 millisecond'
            WHERE name = $1 AND owner = $2 AND position_commit = $3 AND position_prepare = $4
              AND lease_expires_at > now()`,
          [name, owner, from.commit.toString(), from.prepare.toString(), to.commit.toString(), to.prepare.toString(), this.settings.leaseMs],
        );
        if (fenced !== 1) throw fenceLost;
        await apply(manager);
      });
      return 'committed';
    } catch (error) {
      if (error === fenceLost) return 'lost';
      throw error;
    }
  }

  async recordError(name: string, owner: string, message: string): Promise<void> {
    await this.dataSource.query(
      `UPDATE subscriptions SET last_error = $3, updated_at = now() WHERE name = $1 AND owner = $2`,
      [name, owner, message.slice(0, 500)],
    );
  }

  /**
   * Puts the subscription back to the start inside the caller's transaction (for rebuilds). Call it
   * before touching the read model's tables: the upsert waits for a batch in flight to commit, and
   * the running owner's next batch then fails its fence and continues from the start.
   */
  async resetWithin(manager: EntityManager, name: string): Promise<void> {
    await manager.query(
      `INSERT INTO subscriptions (name, position_commit, position_prepare) VALUES ($1, $2, $3)
       ON CONFLICT (name) DO UPDATE SET position_commit = excluded.position_commit,
         position_prepare = excluded.position_prepare, last_error = NULL, updated_at = now()`,
      [name, START.commit.toString(), START.prepare.toString()],
    );
  }

  /**
   * Locks the subscription's row inside the caller's transaction and returns its checkpoint: the
   * owner's next batch waits until the caller commits (an operator's retry, a rebuild's switch).
   */
  async lockWithin(manager: EntityManager, name: string): Promise<GlobalPosition> {
    await manager.query(
      `INSERT INTO subscriptions (name, position_commit, position_prepare) VALUES ($1, $2, $3) ON CONFLICT (name) DO NOTHING`,
      [name, START.commit.toString(), START.prepare.toString()],
    );
    const [row]: Array<{ position_commit: string; position_prepare: string }> = await manager.query(
      `SELECT position_commit::text, position_prepare::text FROM subscriptions WHERE name = $1 FOR UPDATE`,
      [name],
    );
    return { commit: BigInt(row.position_commit), prepare: BigInt(row.position_prepare) };
  }

  /**
   * Sets the checkpoint inside the caller's transaction (a rebuild's switch). The running owner's
   * next batch fails its fence and continues from here.
   */
  async moveWithin(manager: EntityManager, name: string, position: GlobalPosition): Promise<void> {
    await manager.query(
      `UPDATE subscriptions SET position_commit = $2, position_prepare = $3, last_error = NULL, updated_at = now() WHERE name = $1`,
      [name, position.commit.toString(), position.prepare.toString()],
    );
  }

  async list(): Promise<CheckpointRow[]> {
    const rows: Array<Record<string, string | Date | null>> = await this.dataSource.query(
      `SELECT name, position_commit::text, position_prepare::text, owner, lease_expires_at, last_error, updated_at
         FROM subscriptions ORDER BY name`,
    );
    return rows.map((row) => ({
      name: row.name as string,
      position: { commit: BigInt(row.position_commit as string), prepare: BigInt(row.position_prepare as string) },
      owner: row.owner as string | null,
      leaseExpiresAt: row.lease_expires_at as Date | null,
      lastError: row.last_error as string | null,
      updatedAt: row.updated_at as Date,
    }));
  }
}

/** TypeORM answers UPDATE with a [rows, count] pair unless asked for a structured result. */
async function structuredQuery(
  manager: EntityManager,
  sql: string,
  parameters: unknown[],
): Promise<{ records: unknown[]; affected: number }> {
  const runner = manager.queryRunner ?? manager.connection.createQueryRunner();
  try {
    const result = await runner.query(sql, parameters, true);
    return { records: result.records ?? [], affected: result.affected ?? 0 };
  } finally {
    if (!manager.queryRunner) await runner.release();
  }
}
