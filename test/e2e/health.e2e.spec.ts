import { Client } from 'pg';
import request from 'supertest';
import { withDatabase } from '../../libs/platform/src/database/create-database';
import { startTestApp, type TestApp } from '../support/test-app';

describe('readiness when the database goes away', () => {
  let app: TestApp;
  let admin: Client;
  const database = () => new URL(app.db.url).pathname.slice(1);
  beforeAll(async () => {
    app = await startTestApp();
    admin = new Client({ connectionString: withDatabase(app.db.url, 'postgres') });
    await admin.connect();
  });
  afterAll(async () => {
    await admin.query(`ALTER DATABASE "${database()}" ALLOW_CONNECTIONS true`);
    await admin.end();
    await app.close();
  });

  it('answers 503 with the failing checks, not 500, and is live all the same', async () => {
    await request(app.app.getHttpServer()).get('/health/ready').expect(200);
    await admin.query(`ALTER DATABASE "${database()}" ALLOW_CONNECTIONS false`);
    await admin.query('SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = $1 AND pid <> pg_backend_pid()', [database()]);
    const ready = await request(app.app.getHttpServer()).get('/health/ready');
    expect(ready.status).toBe(503);
    expect(ready.body.status).toBe('error');
    expect(ready.body.error.database.status).toBe('down');
    await request(app.app.getHttpServer()).get('/health/live').expect(200);
  });
});
