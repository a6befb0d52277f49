import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';

describe('the OpenAPI description', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('is served without a token at /api/docs and describes every API route with bearer authentication', async () => {
    const document = await request(app.app.getHttpServer()).get('/api/docs-json').expect(200);
    expect(Object.keys(document.body.paths)).toEqual(
      expect.arrayContaining(['/api/v1/admin/streams', '/api/v1/admin/organisation', '/health/ready']),
    );
    expect(document.body.components.securitySchemes.bearer).toMatchObject({ type: 'http', scheme: 'bearer' });
    const page = await request(app.app.getHttpServer()).get('/api/docs/');
    expect(page.status).toBe(200);
    expect(page.text).toContain('swagger');
  });
});
