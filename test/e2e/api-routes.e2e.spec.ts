import { apiRoutes } from '../support/api-routes';
import { startTestApp, type TestApp } from '../support/test-app';

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

/** The route list the guarantee tests walk must be the router's whole list, or a route escapes them. */
describe('when the guarantee tests list the routes', () => {
  let app: TestApp;
  beforeAll(async () => {
    app = await startTestApp();
  });
  afterAll(() => app.close());

  it('finds every route the HTTP server serves', () => {
    const instance = app.app.getHttpAdapter().getInstance();
    const stack: RouteLayer[] = (instance.router ?? instance._router).stack;
    const served = stack
      // Catch-all layers (all methods on one path) are the framework's, not our routes.
      .filter((layer) => layer.route && Object.keys(layer.route.methods).length === 1 && !layer.route.path.startsWith('/api/docs'))
      .flatMap((layer) => Object.keys(layer.route!.methods).map((method) => `${method} ${layer.route!.path}`))
      .sort();
    const listed = apiRoutes(app.app).map((route) => `${route.method} ${route.path}`).sort();
    expect(listed).toEqual(served);
    expect(listed.length).toBeGreaterThan(40);
  });
});
