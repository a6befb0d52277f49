import type { DataSourceOptions, MigrationInterface } from 'typeorm';

/** A migration class, as TypeORM runs them: in the order of the timestamp at the end of its name. */
export type MigrationClass = new () => MigrationInterface;

/** Connections for the whole process; at most this many at once when nothing else is configured. */
export const DEFAULT_POOL_SIZE = 30;

export interface DatabaseOptions {
  /** The most connections of the process's one pool (event store, personal-data keys and read side). */
  readonly poolSize?: number;
}

/**
 * TypeORM's part (docs/architecture.md, "TypeORM's role"): the process's one connection pool, its
 * transactions, and the migrations the composition root collects from every library. No entities:
 * read models are plain SQL rows. Schema changes go through migrations only.
 */
export function dataSourceOptions(url: string, migrations: readonly MigrationClass[], options: DatabaseOptions = {}): DataSourceOptions {
  return {
    type: 'postgres',
    url,
    entities: [],
    migrations: [...migrations],
    migrationsTableName: 'schema_migrations',
    synchronize: false,
    logging: false,
    // A server that does not answer is an error after 5 s (a 503 to the client), not a hang.
    extra: { max: options.poolSize ?? DEFAULT_POOL_SIZE, connectionTimeoutMillis: 5000 },
  };
}
