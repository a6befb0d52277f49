import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import { plainToInstance } from 'class-transformer';
import { validate } from 'class-validator';
import request from 'supertest';
import { ROUTE_ROLES } from '../../libs/auth/src/access/access.metadata';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { apiRoutes, type ApiRoute } from '../support/api-routes';
import { malformedBodies, validSample, type Malformed, type SampleContext } from '../support/dto-samples';
import { barn, offentligDocument } from '../support/ks-documents';
import { sensitive } from '../support/log-capture';
import { bodyTypeOf, routeMetadata } from '../support/route-body';
import { startTestApp, type TestApp } from '../support/test-app';

const CHILD = sensitive(syntheticNationalId('2015-01-20', 520));
const MINIMUM_PER_ROUTE = 50;

/** A demo user for each role, so that every route is reached past its role check. */
const USER_OF_ROLE: Record<string, string> = {
  practitioner: 'demo-helsestasjon-helsesykepleier',
  leader: 'demo-barnehage-leder',
  intake: 'demo-barnevern-mottak',
  caseworker: 'demo-barnevern-saksbehandler',
  administrator: 'demo-koordinerende-enhet-admin',
};

// class-validator's and Ajv's English, and JSON.parse's: none may reach a client.
const ENGLISH = /\b(must|should|property|properties|required|each value|shorter|longer|exist|is not|not allowed|characters?|unexpected|invalid|array|string|number|object|value)\b/i;
const NORWEGIAN = /(^|[^\p{L}])(må|kan|er|har|ikke|mangler|høyst|minst|oppgi|velg|svar|tillatt|ukjent|ugyldig|gyldig|skrives|inneholder|finnes|for stor)(?=$|[^\p{L}])/iu;

/**
 * "Bad input never writes, and is never a 500" (issue 11): every write route, discovered from Nest's
 * metadata, gets at least 50 malformed bodies generated from its own DTO (one fault per field and
 * rule on a body that is otherwise valid, and faults of the body as a whole). Each answer is a 4xx
 * problem+json whose every text is Norwegian, and no event is written.
 */
describe('when malformed bodies are sent to every write route', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let context: SampleContext;
  let pathValues: Record<string, string>;
  const tokens: Record<string, string> = {};
  const eventCount = async (): Promise<number> => (await app.db.dataSource.query('SELECT count(*)::int AS n FROM events'))[0].n;

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    for (const [role, user] of Object.entries(USER_OF_ROLE)) tokens[role] = `Bearer ${await app.tokenFor(user)}`;
    const nurse = tokens.practitioner;
    const childId = await app.registerChild(nurse, CHILD);
    const post = (path: string, body: object) => request(server).post(path).set('authorization', nurse).send(body);
    const caseId = (await post('/api/v1/concerns', { childId, kommunenummer: '5029', observations: 'Observasjon', since: 'i høst' }).expect(201)).body.caseId;
    const document = offentligDocument([barn(CHILD)]);
    const reportId = (await post('/api/v1/reports', { childId, document }).expect(201)).body.reportId;
    const ids = { childId, caseId, reportId, unitId: 'demo-skole', ownerUnitId: 'demo-helsestasjon', practitionerId: 'demo-skole-kontaktlaerer' };
    context = { ids, today: osloDate(new Date()), nationalId: CHILD, objects: { document } };
    pathValues = { ...ids, kommunenummer: '5028', consentId: randomUUID(), measureId: randomUUID() };
  });
  afterAll(() => app.close());

  const writeRoutes = (): ApiRoute[] => apiRoutes(app.app).filter((route) => route.method !== 'get');

  it('covers every write route, with a valid base body per DTO', async () => {
    const routes = writeRoutes();
    expect(routes.length).toBeGreaterThan(30);
    for (const route of routes) {
      const dto = bodyTypeOf(app.app, route);
      if (!dto) continue;
      const errors = await validate(plainToInstance(dto, validSample(dto, context)), { whitelist: true, forbidNonWhitelisted: true });
      // Each malformed body breaks one rule only if the base it starts from is valid.
      expect({ route: `${route.method} ${route.path}`, errors: errors.map((e) => e.property) }).toEqual({ route: `${route.method} ${route.path}`, errors: [] });
    }
  });

  it('answers each with a 4xx problem+json in Norwegian, never a 5xx, and writes nothing', async () => {
    const before = await eventCount();
    const failures: string[] = [];
    let sent = 0;
    for (const route of writeRoutes()) {
      const roles = routeMetadata<string[]>(app.app, route, ROUTE_ROLES) ?? ['practitioner'];
      const token = tokens[roles[0]];
      const path = route.path.replace(/:([a-zA-Z]+)/g, (_, name: string) => pathValues[name] ?? randomUUID());
      const bodies: Malformed[] = malformedBodies(bodyTypeOf(app.app, route), context, MINIMUM_PER_ROUTE);
      expect(bodies.length).toBeGreaterThanOrEqual(MINIMUM_PER_ROUTE);
      for (const body of bodies) {
        const call = (request(server) as unknown as Record<string, (p: string) => request.Test>)[route.method](path).set('authorization', token).set('content-type', 'application/json');
        const response = await call.send(body.raw ?? JSON.stringify(body.body));
        sent += 1;
        const problem = response.body as { title?: string; detail?: string; errors?: Array<{ message: string }> };
        const texts = [problem.detail, ...(problem.errors ?? []).map((e) => e.message)].filter((t): t is string => typeof t === 'string');
        const fault =
          response.status < 400 || response.status >= 500
            ? `status ${response.status}`
            : !/application\/problem\+json/.test(response.headers['content-type'] ?? '')
              ? 'not problem+json'
              : texts.length === 0 || typeof problem.title !== 'string'
                ? 'no text'
                : [problem.title, ...texts].find((t) => ENGLISH.test(t)) ?? texts.find((t) => !NORWEGIAN.test(t));
        if (fault) failures.push(`${route.method.toUpperCase()} ${route.path} with ${body.why}: ${fault}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await eventCount()).toBe(before);
    expect(sent).toBeGreaterThanOrEqual(writeRoutes().length * MINIMUM_PER_ROUTE);
    console.log(`[fuzz] ${sent} malformed bodies to ${writeRoutes().length} write routes: every answer a Norwegian 4xx problem, no event written`);
  });
});
