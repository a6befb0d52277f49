import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { NestExpressApplication } from '@nestjs/platform-express';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { buildAppConfig } from '../../libs/platform/src/config/app-config';
import { ensureDatabase, withDatabase } from '../../libs/platform/src/database/create-database';
import { findFreePort } from '../../libs/platform/src/database/free-port';
import { runMigrations } from '../../libs/platform/src/database/run-migrations';
import { PRODUCT_MIGRATIONS } from '../../apps/composition/src';
import { DevIssuer, authSettingsFromEnv } from '../../libs/auth/src';
import { OrganisationViewReader } from '../../libs/organisation/src';
import { createApp } from '../../apps/api/src/create-app';
import { apiRoutes, type ApiRoute } from '../support/api-routes';
import { validSample, type SampleContext } from '../support/dto-samples';
import { bodyTypeOf, queryTypeOf } from '../support/route-body';
import { recordLogLines } from '../support/log-capture';
import { startPostgresServer, type PostgresServerProcess } from '../support/postgres-server';

/** Not data routes: health answers in terminus's own format (checked below), the API description needs no database. */
const NOT_DATA = /^\/(health|api\/docs)/;

/**
 * PostgreSQL stops under a running app (a server of this test's own, not the run's shared one):
 * every data route answers 503 problem+json with Retry-After, never 500, and the app serves again
 * when PostgreSQL is back, without a restart (issue 11 item 4).
 */
describe('when the database goes away under a running app', () => {
  let dir: string;
  let port: number;
  let server: PostgresServerProcess;
  let app: NestExpressApplication;
  let routes: ApiRoute[];
  let token: string;
  const samples: SampleContext = { ids: { provider: 'dev' }, today: new Date().toISOString().slice(0, 10), nationalId: '01010112345' };

  const startServer = () => startPostgresServer(join(dir, 'data'), port);
  // Requests as a well-behaved client sends them (valid query and body), so that what answers is the outage, not validation.
  const call = (route: ApiRoute) => {
    const path = route.path.replace(/:kommunenummer/g, '5029').replace(/:[a-zA-Z]+/g, () => randomUUID());
    const queryType = queryTypeOf(app, route);
    const query = new URLSearchParams(queryType ? (validSample(queryType, samples) as Record<string, string>) : {}).toString();
    const bodyType = bodyTypeOf(app, route);
    // A browser carries its session's and its sign-in attempt's cookies: without them the sign-in routes answer before any data.
    const test = (request(app.getHttpServer()) as unknown as Record<string, (p: string) => request.Test>)[route.method](`${path}${query ? `?${query}` : ''}`)
      .set('cookie', `stafett-sign-in=${randomBytes(32).toString('base64url')}; stafett-session=${randomBytes(32).toString('base64url')}`)
      .set('authorization', token);
    return route.method === 'get' ? test : test.send(bodyType ? validSample(bodyType, samples) : {});
  };

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stafett-outage-'));
    await chmod(dir, 0o755);
    port = await findFreePort();
    server = await startServer();
    const url = withDatabase(server.url, 'stafett');
    await ensureDatabase(url);
    await runMigrations(url, PRODUCT_MIGRATIONS);
    const env: NodeJS.ProcessEnv = { NODE_ENV: 'development', DATA_DIR: join(dir, 'app'), RATE_LIMIT_PER_MINUTE: '100000', LOG_LEVEL: 'warn' };
    app = await createApp(buildAppConfig(env, { url, embedded: false }), env, { logDestination: { write: (line: string) => recordLogLines(line) } });
    await app.init();
    await waitFor(async () => (await app.get(OrganisationViewReader).version()) > 0n, 15_000, 'the organisation view');
    token = `Bearer ${await (await DevIssuer.open(authSettingsFromEnv(env))).mintDevToken('demo-barnevern-mottak')}`;
    routes = apiRoutes(app).filter((route) => !NOT_DATA.test(route.path));
  });
  afterAll(async () => {
    await app?.close();
    await server?.stop().catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  });

  it('answers every data route with 503 problem+json and Retry-After, and serves again once PostgreSQL is back', async () => {
    await request(app.getHttpServer()).get('/api/v1/intake/worklist').set('authorization', token).expect(200);
    await server.stop();

    const answers = new Map<string, number>();
    for (const route of routes) {
      const response = await call(route);
      answers.set(`${route.method.toUpperCase()} ${route.path}`, response.status);
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: 503 });
      expect({ route: route.path, type: response.headers['content-type'] }).toEqual({ route: route.path, type: expect.stringMatching(/application\/problem\+json/) });
      expect(response.headers['retry-after']).toMatch(/^\d+$/);
      expect(response.body).toMatchObject({ status: 503, type: 'urn:stafett:problem:database-unavailable' });
    }
    expect(answers.size).toBeGreaterThan(40);
    const ready = await request(app.getHttpServer()).get('/health/ready').expect(503);
    expect(ready.headers['retry-after']).toMatch(/^\d+$/);
    await request(app.getHttpServer()).get('/health/live').expect(200);

    server = await startServer();
    await waitFor(async () => (await request(app.getHttpServer()).get('/api/v1/intake/worklist').set('authorization', token)).status === 200, 20_000, 'the app to serve again');
    for (const route of routes) {
      const response = await call(route);
      expect({ route: route.path, status: response.status }).toEqual({ route: route.path, status: expect.any(Number) });
      expect(response.status).toBeLessThan(500);
    }
    await waitFor(async () => (await request(app.getHttpServer()).get('/health/ready')).status === 200, 40_000, 'readiness');
  });
});
