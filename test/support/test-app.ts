import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { Test } from '@nestjs/testing';
import { DevIssuer, applyHttpHardening, authSettingsFromEnv, httpHardeningSettingsFromEnv } from '../../libs/auth/src';
import { AppModule } from '../../apps/api/src/app.module';
import { CLOCK } from '@stafett/kernel';
import { buildAppConfig, type AppConfig } from '../../libs/platform/src/config/app-config';
import { createApp } from '../../apps/api/src/create-app';
import { createTestDatabase, type TestDatabase } from './test-database';
import { recordLogLines } from './log-capture';
import { OrganisationViewReader } from '../../libs/organisation/src';
import { ProjectionStatusService } from '../../libs/projections/src/runtime/projection-status';
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
  /**
   * Resolves once every projection has applied every event appended so far: the read models that
   * relations to a child are found through (case worklist, consent register, timeline) are current.
   */
  caughtUp(): Promise<void>;
  close(): Promise<void>;
}

/** A clock the test moves: the domain's clocks (cases, consents, reads, reports) read it; tokens keep real time. */
export class TestClock {
  private offsetMs = 0;

  now(): Date {
    return new Date(Date.now() + this.offsetMs);
  }

  /** Moves the domain's time forward (a consent expires, a deadline passes). */
  advanceDays(days: number): void {
    this.offsetMs += days * 86_400_000;
  }
}

export interface TestAppOptions {
  /** Drive the domain's clocks from the test. Without it, the app is built exactly as `createApp` builds it. */
  readonly clock?: TestClock;
}

/**
 * The real API on a fresh database of its own, as `npm start` builds it in development mode (demo
 * organisation, built-in token issuer), without listening on a port.
 */
export async function startTestApp(extraEnv: NodeJS.ProcessEnv = {}, options: TestAppOptions = {}): Promise<TestApp> {
  const db = await createTestDatabase();
  const dataDir = await mkdtemp(join(tmpdir(), 'stafett-app-'));
  const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', DATA_DIR: dataDir, RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'debug', ...extraEnv };
  const config = buildAppConfig(env, { url: db.url, embedded: false });
  const logLines: string[] = [];
  const logDestination = { write: (line: string) => logLines.push(recordLogLines(line)) };
  const app = options.clock ? await appWithClock(config, env, logDestination, options.clock) : await createApp(config, env, { logDestination });
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
    caughtUp: () => waitFor(async () => (await app.get(ProjectionStatusService).statuses()).every((status) => status.lag === 0), 10_000, 'the projections'),
    async close() {
      await app.close();
      await db.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** The application with the domain's clocks replaced, built as createApp builds it (without the API description). */
async function appWithClock(config: AppConfig, env: NodeJS.ProcessEnv, logDestination: { write(line: string): unknown }, clock: TestClock): Promise<NestExpressApplication> {
  let builder = Test.createTestingModule({ imports: [AppModule.forRoot(config, env, { logDestination })] });
  for (const token of [CLOCK]) builder = builder.overrideProvider(token).useValue(clock);
  const app = (await builder.compile()).createNestApplication<NestExpressApplication>({ bufferLogs: true });
  applyHttpHardening(app, httpHardeningSettingsFromEnv(env));
  return app;
}
