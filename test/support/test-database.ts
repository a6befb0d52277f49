import { randomBytes } from 'node:crypto';
import type { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { pgPoolOf } from '@stafett/event-store';
import { dataSourceOptions, dropDatabase, ensureDatabase, withDatabase } from '@stafett/platform';
import { PRODUCT_MIGRATIONS } from '../../apps/composition/src';

export interface TestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/** A fresh, migrated database of its own for one test file, on the run's server. */
export async function createTestDatabase(): Promise<TestDatabase> {
  const server = process.env.STAFETT_TEST_SERVER_URL;
  if (!server) throw new Error('STAFETT_TEST_SERVER_URL is not set: run the tests through jest (test/support/global-setup.ts)');
  const url = withDatabase(server, `stafett_test_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  const dataSource = new DataSource(dataSourceOptions(url, PRODUCT_MIGRATIONS, { poolSize: 60 }));
  await dataSource.initialize();
  await dataSource.runMigrations();
  // One pool, as in the app: TypeORM's (it ends it at destroy, before the database is dropped).
  const pool = pgPoolOf(dataSource);
  return {
    url,
    dataSource,
    pool,
    async drop() {
      await dataSource.destroy();
      await dropDatabase(url);
    },
  };
}
