import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import request from 'supertest';
import { startTestApp, type TestApp } from '../support/test-app';
import { sensitive } from '../support/log-capture';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';

const ROOT = join(__dirname, '../..');
const DESCRIPTION = join(ROOT, 'apps/web/src/api/openapi.json');
const TYPES = join(ROOT, 'apps/web/src/api/schema.d.ts');
/** `npm run api:client` sets it: the test then writes what it would otherwise only compare. */
const WRITE = process.env.WRITE_API_CLIENT === '1';
const HINT = 'The web front is generated from the API description: run `npm run api:client` and commit the result.';

interface OpenApiDocument {
  paths: Record<string, Record<string, { parameters?: Array<{ in: string }>; responses?: Record<string, { content?: Record<string, { schema?: object }> }> }>>;
}

/**
 * The web front's API client is generated, never written by hand: its types come from the API
 * description the running API serves (`/api/docs-json`), committed beside the web front. These
 * tests fail when the committed description or types differ from what the API serves today, and
 * when an answer differs from the response schema the description promises.
 */
describe('the API description the web front is generated from', () => {
  let app: TestApp;
  let live: OpenApiDocument;
  beforeAll(async () => {
    app = await startTestApp();
    live = (await request(app.app.getHttpServer()).get('/api/docs-json').expect(200)).body;
  });
  afterAll(() => app.close());

  it('is the one the API serves', async () => {
    const text = `${JSON.stringify(live, null, 2)}\n`;
    if (WRITE) await writeFile(DESCRIPTION, text);
    const committed = await readFile(DESCRIPTION, 'utf8').catch(() => '');
    if (committed !== text) throw new Error(`${DESCRIPTION} differs from /api/docs-json. ${HINT}`);
  });

  it('and the committed client types are generated from it by openapi-typescript', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'stafett-api-types-'));
    try {
      const generated = join(dir, 'schema.d.ts');
      execFileSync(process.execPath, [join(ROOT, 'node_modules/openapi-typescript/bin/cli.js'), DESCRIPTION, '--output', generated], { stdio: 'pipe' });
      const text = await readFile(generated, 'utf8');
      if (WRITE) await writeFile(TYPES, text);
      const committed = await readFile(TYPES, 'utf8').catch(() => '');
      if (committed !== text) throw new Error(`${TYPES} is not what openapi-typescript makes of ${DESCRIPTION}. ${HINT}`);
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });

  it('promises only what the API answers: every described GET answer without path parameters matches its schema', async () => {
    await app.organisationLoaded();
    // Something in the lists: a kindergarten's undring waiting for its level-0 decision.
    const leader = `Bearer ${await app.tokenFor('demo-barnehage-leder')}`;
    const childId = await app.registerChild(leader, sensitive(syntheticNationalId('2021-05-04', 510)));
    await request(app.app.getHttpServer())
      .post('/api/v1/concerns')
      .set('authorization', leader)
      .send({ childId, kommunenummer: '5029', observations: 'Trekker seg unna i lek.', since: '2026-01-10' })
      .expect(201);
    // The lists are projections: wait until the undring is in them, so that items are validated too.
    const openCases = async () => (await request(app.app.getHttpServer()).get('/api/v1/worklists/open-cases').set('authorization', leader)).body.items?.length;
    await waitFor(async () => (await openCases()) === 1, 10_000, 'the case-worklist projection');

    const ajv = new Ajv({ strict: false, allErrors: true });
    ajv.addSchema(asJsonSchema(live) as object, 'api');
    const checked: string[] = [];
    for (const [path, operations] of Object.entries(live.paths)) {
      const schema = operations.get?.responses?.['200']?.content?.['application/json']?.schema;
      if (!schema || path.includes('{') || (operations.get?.parameters ?? []).some((p) => p.in === 'path')) continue;
      const response = await request(app.app.getHttpServer()).get(path).set('authorization', leader);
      if (response.status !== 200) continue;
      const validate = ajv.compile({ $ref: `api#/paths/${path.replace(/~/g, '~0').replace(/\//g, '~1')}/get/responses/200/content/application~1json/schema` });
      expect({ path, valid: validate(response.body), errors: validate.errors ?? null }).toEqual({ path, valid: true, errors: null });
      checked.push(path);
    }
    expect(checked).toEqual(expect.arrayContaining(['/api/v1/me', '/api/v1/directory', '/api/v1/worklists/level-zero-decisions', '/auth/session']));
  });
});

/**
 * OpenAPI 3.0's `nullable: true` as JSON Schema, which Ajv checks: "this schema, or null". (Ajv's own
 * `nullable` ignores a type that comes through `allOf`/`$ref`, as @nestjs/swagger writes nullable objects.)
 */
function asJsonSchema(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(asJsonSchema);
  if (typeof node !== 'object' || node === null) return node;
  const { nullable, ...rest } = node as Record<string, unknown>;
  const converted = Object.fromEntries(Object.entries(rest).map(([key, value]) => [key, asJsonSchema(value)]));
  return nullable === true ? { anyOf: [converted, { type: 'null' }] } : converted;
}
