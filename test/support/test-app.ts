import type { NestExpressApplication } from '@nestjs/platform-express';
import { buildAppConfig, type AppConfig } from '../../libs/platform/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  close(): Promise<void>;
}

/** The real API on a fresh database of its own, as `npm start` builds it, without listening on a port. */
export async function startTestApp(env: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const config = buildAppConfig({ NODE_ENV: 'test', ...env }, { url: db.url, embedded: false });
  const app = await createApp(config);
  await app.init();
  return {
    app,
    db,
    config,
    async close() {
      await app.close();
      await db.drop();
    },
  };
}
