import type { Pool } from 'pg';
import type { DataSource } from 'typeorm';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';

/**
 * The pg pool under an initialised TypeORM DataSource: the process's one pool, which the event
 * store and the personal-data key store query directly (docs/architecture.md, "TypeORM's role").
 * TypeORM creates it at `initialize()` (with the pool options of `extra`) and ends it at `destroy()`;
 * whoever borrows it here never ends it.
 */
export function pgPoolOf(dataSource: DataSource): Pool {
  if (!dataSource.isInitialized || dataSource.options.type !== 'postgres') {
    throw new Error('the shared pool is the pool of an initialised PostgreSQL DataSource');
  }
  return (dataSource.driver as PostgresDriver).master as Pool;
}
