import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { DevIssuer, authSettingsFromEnv } from '../../libs/auth/src';
import { buildAppConfig, type AppConfig } from '../../libs/platform/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';
import { recordLogLines } from './log-capture';
import { OrganisationViewReader } from '../../libs/organisation/src';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';

export interface TestApp {
  readonly app: NestExpressApplication;
  readonly db: TestDatabase;
  readonly config: AppConfig;
  /** Every log line the app wrote. */
  readonly logLines: string[];
  /** A development token for a practitioner of the (demo) organisation. */
  tokenFor(practitionerId: string, options?: { expiresIn?: string; audience?: string }): Promise<string>;
  /**
   * Registers a born child without guardians in a municipality (default 5029 Skaun) as the caller with
   * this `Authorization` header, and returns its id: the common first step of the journey tests.
   */
  registerChild(authorization: string, nationalId: string, homeMunicipality?: string): Promise<string>;
  /** Resolves once the organisation view has the demo organisation (tokens are then accepted). */
  organisationLoaded(): Promise<void>;
  close(): Promise<void>;
}

/**
 * The real API on a fresh database of its own, as `npm start` builds it in development mode (demo
 * organisation, built-in token issuer), without listening on a port.
 */
export async function startTestApp(extraEnv: NodeJS.ProcessEnv = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'stafett-app-'));
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'debug', ...extraEnv };
  const config = buildAppConfig(env, { url: db.url, embedded: false });
  const logLines: string[] = [];
  const app = await createApp(config, env, { logDestination: { write: (line: string) => logLines.push(recordLogLines(line)) } });
  await app.init();
  const issuer = await DevIssuer.open(authSettingsFromEnv(env));
  return {
    app,
    db,
    config,
    logLines,
    tokenFor: (practitionerId, options) => issuer.mintDevToken(practitionerId, { expiresIn: options?.expiresIn ?? '10m', audience: options?.audience }),
    registerChild: async (authorization, nationalId, homeMunicipality = '5029') =>
      (
        await request(app.getHttpServer())
          .post('/api/v1/children')
          .set('authorization', authorization)
          .send({ subject: { kind: 'born', nationalId }, homeMunicipality, guardians: [] })
          .expect(201)
      ).body.childId as string,
    organisationLoaded: () => waitFor(async () => (await app.get(OrganisationViewReader).version()) > 0n, 10_000, 'the organisation view'),
    async close() {
      await app.close();
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
