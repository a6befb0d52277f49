import { randomBytes } from 'node:crypto';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { dropDatabase, ensureDatabase, withDatabase } from '../../../../platform/src/database/create-database';
import { dataSourceOptions } from '../../../../platform/src/database/data-source.options';
import { CreateChildKeys1732000000100 } from '../migrations/1732000000100-create-child-keys';

export interface ChildKeysTestDatabase {
  readonly url: string;
  readonly dataSource: DataSource;
  readonly pool: Pool;
  drop(): Promise<void>;
}

/**
 * Like test/support/test-database.ts, with the child_keys migration appended in case the
 * application's migration list does not hold it yet (it is registered in
 * libs/platform/src/database/data-source.options.ts by the platform's owner).
 */
export async function createChildKeysTestDatabase(): Promise<ChildKeysTestDatabase> {
  const server = process.env.STAFETT_TEST_SERVER_URL;
  if (!server) throw new Error('STAFETT_TEST_SERVER_URL is not set: run the tests through jest (test/support/global-setup.ts)');
  const url = withDatabase(server, `stafett_test_${randomBytes(6).toString('hex')}`);
  await ensureDatabase(url);
  const options = dataSourceOptions(url);
  const migrations = [...((options.migrations ?? []) as unknown[])];
  const registered = migrations.some((m) => (m as { name?: string }).name === CreateChildKeys1732000000100.name);
  if (!registered) migrations.push(CreateChildKeys1732000000100);
  const dataSource = new DataSource({ ...options, migrations: migrations as DataSourceMigrations });
  await dataSource.initialize();
  await dataSource.runMigrations();
  const pool = new Pool({ connectionString: url, max: 20 });
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

type DataSourceMigrations = NonNullable<ConstructorParameters<typeof DataSource>[0]['migrations']>;
