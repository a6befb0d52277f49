import { DataSource } from 'typeorm';
import { dataSourceOptions, type MigrationClass } from './data-source.options';

/** Any fixed number: serialises migrations when several processes start at once. */
const MIGRATION_LOCK = 7_212_001;

/** Runs every pending migration of the list, one process at a time. */
export async function runMigrations(url: string, migrations: readonly MigrationClass[]): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, migrations, { poolSize: 2 }));
  await dataSource.initialize();
  const lock = dataSource.createQueryRunner();
  try {
    await lock.connect();
    await lock.query('SELECT pg_advisory_lock($1)', [MIGRATION_LOCK]);
    await dataSource.runMigrations({ transaction: 'each' });
    await lock.query('SELECT pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    await lock.release();
    await dataSource.destroy();
  }
}
