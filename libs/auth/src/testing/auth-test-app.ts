import type { NestExpressApplication } from '@nestjs/platform-express';
import { Test } from '@nestjs/testing';
import { APP_FILTER } from '@nestjs/core';
import { AuthModule } from '../auth.module';
import { authSettingsFromEnv, type AuthSettings } from '../config/auth.settings';
import { applyHttpHardening } from '../http-hardening/apply-http-hardening';
import { HttpHardeningModule } from '../http-hardening/http-hardening.module';
import { httpHardeningSettingsFromEnv } from '../http-hardening/http-hardening.settings';
import type { PractitionerDirectory } from '../principal/practitioner-directory.port';
import { AuthTestController } from './auth-test.controller';
import { InMemoryPractitionerDirectory } from './in-memory-practitioner-directory';
import { ProblemTestFilter } from './problem-test.filter';

export const TEST_KOMMUNER = { tromso: '5501', bodo: '1804', harstad: '5503' } as const;

/**
 * The demo organisation: a kindergarten unit serving Tromsø, which also served Harstad until the
 * end of 2020, and a health clinic serving Bodø.
 */
export function testDirectory(): InMemoryPractitionerDirectory {
  const practitioners = [
    { practitionerId: 'p-leader', unitId: 'u-barnehage', serviceType: 'barnehage', roles: ['practitioner', 'leader'] as const },
    { practitionerId: 'p-teacher', unitId: 'u-barnehage', serviceType: 'barnehage', roles: ['practitioner'] as const },
    { practitionerId: 'p-nurse', unitId: 'u-helsestasjon', serviceType: 'helsestasjon', roles: ['practitioner'] as const },
  ].map((practitioner) => ({ ...practitioner, active: true }));
  const retired = { practitionerId: 'p-retired', unitId: 'u-barnehage', serviceType: 'barnehage', roles: ['leader'] as const, active: false };
  return new InMemoryPractitionerDirectory(
    [...practitioners, retired],
    [
      { unitId: 'u-barnehage', kommunenummer: TEST_KOMMUNER.tromso, from: new Date('2019-01-01T00:00:00Z') },
      {
        unitId: 'u-barnehage',
        kommunenummer: TEST_KOMMUNER.harstad,
        from: new Date('2019-01-01T00:00:00Z'),
        until: new Date('2021-01-01T00:00:00Z'),
      },
      { unitId: 'u-helsestasjon', kommunenummer: TEST_KOMMUNER.bodo, from: new Date('2019-01-01T00:00:00Z') },
    ],
  );
}

export interface AuthTestApp {
  readonly app: NestExpressApplication;
  readonly settings: AuthSettings;
  /** Every log line the app wrote, for asserting that no personal data got out. */
  readonly logLines: string[];
}

/** The real guard, verifier, hardening and logger around a test controller; env as in production. */
export async function createAuthTestApp(
  env: Record<string, string | undefined>,
  directory: PractitionerDirectory = testDirectory(),
): Promise<AuthTestApp> {
  const settings = authSettingsFromEnv(env);
  const hardening = httpHardeningSettingsFromEnv({ RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'debug', ...env });
  const logLines: string[] = [];
  const moduleRef = await Test.createTestingModule({
    imports: [
      HttpHardeningModule.forRoot(hardening, { logDestination: { write: (line: string) => logLines.push(line) } }),
      AuthModule.forRoot({ settings, practitionerDirectory: { useValue: directory } }),
    ],
    controllers: [AuthTestController],
    providers: [{ provide: APP_FILTER, useClass: ProblemTestFilter }],
  }).compile();
  const app = moduleRef.createNestApplication<NestExpressApplication>({ bufferLogs: true });
  applyHttpHardening(app, hardening);
  await app.init();
  return { app, settings, logLines };
}
