import fc from 'fast-check';
import request from 'supertest';
import { apiRoutes, type ApiRoute } from '../support/api-routes';
import { startTestApp, type TestApp } from '../support/test-app';

/**
 * "No 500 for anything a client can send": every route, called by an authorised user with random
 * path values, query strings and JSON bodies, answers with a client error or success, never 5xx.
 */
describe('when clients send anything at all', () => {
  let app: TestApp;
  let routes: ApiRoute[];
  const tokens: string[] = [];
  beforeAll(async () => {
    app = await startTestApp();
    await app.organisationLoaded();
    tokens.push(`Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`, `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`);
    routes = apiRoutes(app.app);
  });
  afterAll(() => app.close());

  const segment = fc.oneof(fc.string({ maxLength: 40 }), fc.uuid(), fc.constantFrom('5028', '5029', 'demo-barnevern', '0', '%', '..', 'null'));
  const body = fc.oneof(fc.json({ maxDepth: 3 }).map((text) => JSON.parse(text) as unknown), fc.anything({ maxDepth: 2 }));
  const query = fc.dictionary(fc.constantFrom('purpose', 'at', 'limit', 'type', 'after', 'x'), fc.string({ maxLength: 20 }), { maxKeys: 3 });

  const statuses: Record<number, number> = {};
  it('never answers with a server error', async () => {
    await fc.assert(
      fc.asyncProperty(fc.nat(), fc.nat(1), segment, body, query, async (pick, who, value, payload, params) => {
        const route = routes[pick % routes.length];
        const path = route.path.replace(/:[a-zA-Z]+/g, () => encodeURIComponent(value));
        const search = new URLSearchParams(params as Record<string, string>).toString();
        const call = (request(app.app.getHttpServer()) as unknown as Record<string, (p: string) => request.Test>)[route.method](
          `${path}${search ? `?${search}` : ''}`,
        );
        const response = await call.set('authorization', tokens[who]).send(payload === undefined ? undefined : JSON.stringify(payload) as never).set('content-type', 'application/json');
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
        if (response.status >= 500) throw new Error(`${route.method.toUpperCase()} ${path} answered ${response.status}`);
      }),
      { numRuns: 400 },
    );
    // The calls must reach the handlers, not only the validation: some succeed, some are refused.
    expect(Object.keys(statuses).map(Number)).toEqual(expect.arrayContaining([200, 400]));
  });
});
