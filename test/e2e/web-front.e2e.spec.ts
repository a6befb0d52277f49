import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import request from 'supertest';
import { SERVICE_ROOTS } from '../../apps/api/src/web/serve-web-front';
import { apiRoutes } from '../support/api-routes';
import { startTestApp, type TestApp } from '../support/test-app';

const PAGE_MARKER = '<div id="root" data-test="web-front"></div>';

/**
 * The API serves the built web front on its own origin: assets, and the page shell for every page
 * path so that the browser's router takes over. The fallback must never answer for the API, the
 * sign-in, the provider or health, whatever the request asks for.
 */
describe('when the API serves the web front', () => {
  let app: TestApp;
  let webRoot: string;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  beforeAll(async () => {
    webRoot = await mkdtemp(join(tmpdir(), 'stafett-web-root-'));
    await mkdir(join(webRoot, 'assets'));
    await writeFile(join(webRoot, 'index.html'), `<!doctype html><html lang="nb"><body>${PAGE_MARKER}</body></html>`);
    await writeFile(join(webRoot, 'assets', 'index-abc123.js'), 'console.log("web front");');
    app = await startTestApp({ WEB_ROOT: webRoot });
    server = app.app.getHttpServer();
  });
  afterAll(async () => {
    await app.close();
    await rm(webRoot, { recursive: true, force: true });
  });

  it('answers every page path with the page shell, revalidated each time', async () => {
    for (const path of ['/', '/logg-inn?returnTo=%2F', '/logget-ut', '/saker/3f1b2c4d', '/arbeidsliste/']) {
      const response = await request(server).get(path).set('accept', 'text/html').expect(200);
      expect(response.text).toContain(PAGE_MARKER);
      expect(response.headers['content-type']).toMatch(/^text\/html/);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('serves hashed assets with a long cache life, and a missing file as a 404, not as a page', async () => {
    const asset = await request(server).get('/assets/index-abc123.js').expect(200);
    expect(asset.headers['cache-control']).toMatch(/max-age=31536000.*immutable/);
    for (const path of ['/assets/missing.js', '/favicon.ico', '/robots.txt']) {
      const response = await request(server).get(path).set('accept', 'text/html');
      expect({ path, status: response.status, page: response.text.includes(PAGE_MARKER) }).toEqual({ path, status: 404, page: false });
    }
  });

  it('keeps every route of the API under a service root, where the page shell never answers', async () => {
    const routes = apiRoutes(app.app);
    expect(routes.length).toBeGreaterThan(40);
    const outside = routes.filter((route) => !SERVICE_ROOTS.some((root) => route.path === root || route.path.startsWith(`${root}/`)));
    expect(outside).toEqual([]);
    for (const route of routes) {
      const path = route.path.replace(/:[a-zA-Z]+/g, 'x');
      const response = await (request(server) as unknown as Record<string, (p: string) => request.Test>)[route.method](path).set('accept', 'text/html');
      expect({ route: `${route.method} ${path}`, page: response.text.includes(PAGE_MARKER) }).toEqual({ route: `${route.method} ${path}`, page: false });
    }
  });

  it('answers unknown paths under the service roots as the API does, not with a page', async () => {
    for (const path of ['/api', '/api/v1/unknown', '/health/unknown', '/auth/unknown']) {
      const response = await request(server).get(path).set('accept', 'text/html');
      expect({ path, status: response.status, page: response.text.includes(PAGE_MARKER) }).toEqual({ path, status: 404, page: false });
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
    const discovery = await request(server).get('/oidc/.well-known/openid-configuration').set('accept', 'text/html').expect(200);
    expect(discovery.body.issuer).toBe('http://localhost:3000/oidc');
  });

  it('gives a write to a page path no page', async () => {
    const response = await request(server).post('/saker/3f1b2c4d').set('accept', 'text/html').send({});
    expect(response.status).toBe(404);
    expect(response.text).not.toContain(PAGE_MARKER);
  });
});
