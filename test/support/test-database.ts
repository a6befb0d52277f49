import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/platform/src/database/create-database';
import { dataSourceOptions } from '../../libs/platform/src/database/data-source.options';

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
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  await dataSource.runMigrations();
  const pool = new Pool({ connectionString: url, max: 60 });
  // drop() removes the database WITH (FORCE): an idle connection it ends must not surface later as an
  // unhandled error in whichever test file runs next in this worker.
  pool.on('error', () => undefined);
  return {
    url,
    dataSource,
    pool,
    async drop() {
      await pool.end();
      await dataSource.destroy();
      await dropDatabase(url);
    },
  };
}
