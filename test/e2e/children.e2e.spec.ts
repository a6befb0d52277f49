import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId, withChangedDigit } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic (Tenor) numbers and invented names only: none of this belongs to a real person.
const CHILD = sensitive(syntheticNationalId('2019-05-17', 500));
const CHILD_BIRTH_DATE = '2019-05-17';
const MOTHER = sensitive(syntheticNationalId('1990-01-01', 100));
const FATHER = sensitive(syntheticNationalId('1988-03-04', 200, 'd-number'));
const EXPECTING_MOTHER = sensitive(syntheticNationalId('1994-10-11', 300));
const OTHER_CHILD = sensitive(syntheticNationalId('2020-02-02', 520));
const CHILD_NAME = sensitive('Tindra Fjellheim Testesen');
const MOTHER_NAME = sensitive('Oddveig Testesen');
const FATHER_NAME = sensitive('Bjarte Prøvesen');
const EXPECTED_DATE = osloDate(new Date(Date.now() + 60 * 86_400_000));

const bornChild = {
  subject: { kind: 'born', nationalId: CHILD, name: CHILD_NAME },
  homeMunicipality: '5029',
  guardians: [
    { nationalId: MOTHER, name: MOTHER_NAME, holdsParentalResponsibility: true },
    // Typed the way it is printed on letters; stored and searched without the space.
    { nationalId: `${FATHER.slice(0, 6)} ${FATHER.slice(6)}`, name: FATHER_NAME, holdsParentalResponsibility: false },
  ],
};
const unbornChild = {
  subject: { kind: 'unborn', motherNationalId: EXPECTING_MOTHER, expectedDate: EXPECTED_DATE },
  homeMunicipality: '5029',
  guardians: [],
};

const NATIONAL_IDS = [CHILD, MOTHER, FATHER, EXPECTING_MOTHER];
const SECRETS = [...NATIONAL_IDS, CHILD_NAME, MOTHER_NAME, FATHER_NAME, 'Testesen', 'Prøvesen', CHILD_BIRTH_DATE, EXPECTED_DATE];

describe('children, from registration to a recorded read', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  // demo-helsestasjon and demo-barnehage serve 5029; demo-skole serves 5028 only; the administrator has no practitioner role.
  let nurse: string;
  let pedagogue: string;
  let teacher: string;
  let admin: string;
  let bornId: string;
  let unbornId: string;

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    pedagogue = `Bearer ${await app.tokenFor('demo-barnehage-pedagog')}`;
    teacher = `Bearer ${await app.tokenFor('demo-skole-kontaktlaerer')}`;
    admin = `Bearer ${await app.tokenFor('demo-koordinerende-enhet-admin')}`;
  });
  afterAll(() => app.close());

  const register = (body: unknown, token = nurse) => request(server).post('/api/v1/children').set('authorization', token).send(body as object);
  const search = (nationalId: string, token = nurse) => request(server).post('/api/v1/children/search').set('authorization', token).send({ nationalId });
  const read = (childId: string, query: string, token = nurse) => request(server).get(`/api/v1/children/${childId}${query}`).set('authorization', token);
  const written = async () => {
    const [{ events }] = await app.db.dataSource.query(`SELECT count(*)::int AS events FROM events WHERE stream_id LIKE 'child-%'`);
    const [{ keys }] = await app.db.dataSource.query(`SELECT count(*)::int AS keys FROM child_keys`);
    return { events, keys };
  };
  const withoutInstance = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;

  describe('when a born and an unborn child are registered', () => {
    beforeAll(async () => {
      const born = await register(bornChild).expect(201);
      const unborn = await register(unbornChild).expect(201);
      bornId = born.body.childId;
      unbornId = unborn.body.childId;
      // The health clinic is concerned about both: a case is its relation to each child (issue 10).
      for (const childId of [bornId, unbornId]) {
        await request(server).post('/api/v1/concerns').set('authorization', nurse).send({ childId, kommunenummer: '5029', observations: 'Undring', since: 'i vår' }).expect(201);
      }
      await app.caughtUp();
    });

    it('answers 201 with the new child ids', () => {
      for (const id of [bornId, unbornId]) expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/);
      expect(bornId).not.toBe(unbornId);
    });

    it('leaves no national id, name or birth date in clear text in the events table or the index', async () => {
      const rows: Array<{ data: string; metadata: string }> = await app.db.dataSource.query('SELECT data::text, metadata::text FROM events');
      const index: Array<{ row: string }> = await app.db.dataSource.query('SELECT c::text AS row FROM child_index c');
      const texts = [...rows.flatMap((r) => [r.data, r.metadata]), ...index.map((r) => r.row)];
      expect(rows.length).toBeGreaterThan(2);
      for (const text of texts) {
        for (const secret of SECRETS) {
          expect(text).not.toContain(secret);
          expect(text.replace(/\s+/g, '')).not.toContain(secret.replace(/\s+/g, ''));
        }
      }
    });

    it('stores the child id with the event, for the access log and erasure', async () => {
      const rows = await app.db.dataSource.query(`SELECT event_type, child_id::text FROM events WHERE stream_id = $1`, [`child-${bornId}`]);
      expect(rows).toEqual([{ event_type: 'ChildRegistered', child_id: bornId }]);
    });
  });

  describe('when a registered national id is registered again, by another unit (issue 10 item 2)', () => {
    it('answers 201 with the existing child id, exactly as a new registration is answered, and writes nothing', async () => {
      const before = await written();
      const again = await register({ ...bornChild, guardians: [] }, pedagogue).expect(201);
      expect(again.body).toEqual({ childId: bornId });
      expect(await written()).toEqual(before);
      const fresh = await register({ subject: { kind: 'born', nationalId: OTHER_CHILD }, homeMunicipality: '5029', guardians: [] }, pedagogue).expect(201);
      expect(Object.keys(fresh.body)).toEqual(Object.keys(again.body));
      expect(fresh.headers['content-type']).toBe(again.headers['content-type']);
    });

    it('gives that unit nothing of the registration: no read, no search hit, not the guardians another unit recorded', async () => {
      const refused = await read(bornId, '?purpose=follow-up', pedagogue).expect(403);
      const unknown = await read(randomUUID(), '?purpose=follow-up', pedagogue).expect(403);
      expect(withoutInstance(refused.body)).toEqual(withoutInstance(unknown.body));
      expect((await search(CHILD, pedagogue).expect(200)).body).toEqual({ children: [] });
      expect((await search(MOTHER, pedagogue).expect(200)).body).toEqual({ children: [] });
      for (const text of [refused.text, unknown.text]) for (const secret of [MOTHER_NAME, FATHER_NAME, CHILD_NAME]) expect(text).not.toContain(secret);
    });
  });

  describe('when a child is searched for by national id', () => {
    it('finds it by its own number, by each guardian’s, and an unborn child by the mother’s', async () => {
      await waitFor(async () => (await search(CHILD)).body.children?.length === 1, 10_000, 'the child index');
      expect((await search(CHILD).expect(200)).body).toEqual({ children: [{ childId: bornId, homeMunicipality: '5029' }] });
      expect((await search(MOTHER).expect(200)).body).toEqual({ children: [{ childId: bornId, homeMunicipality: '5029' }] });
      expect((await search(`${FATHER.slice(0, 6)} ${FATHER.slice(6)}`).expect(200)).body.children).toEqual([{ childId: bornId, homeMunicipality: '5029' }]);
      await waitFor(async () => (await search(EXPECTING_MOTHER)).body.children?.length === 1, 10_000, 'the unborn child in the index');
      expect((await search(EXPECTING_MOTHER).expect(200)).body.children).toEqual([{ childId: unbornId, homeMunicipality: '5029' }]);
    });

    it('finds nothing for a caller with no relation to the child, whether or not its unit serves the municipality', async () => {
      expect((await search(CHILD, teacher).expect(200)).body).toEqual({ children: [] });
      expect((await search(CHILD, pedagogue).expect(200)).body).toEqual({ children: [] });
    });

    it('refuses a number with a wrong check digit, naming the field', async () => {
      const response = await search(withChangedDigit(CHILD)).expect(400);
      expect(response.body.errors).toEqual([{ field: 'nationalId', message: expect.stringMatching(/feil kontrollsiffer/) }]);
    });
  });

  describe('when one child is read', () => {
    it('returns the decrypted registration and records the read', async () => {
      const response = await read(bornId, '?purpose=follow-up').expect(200);
      expect(response.body).toEqual({
        childId: bornId,
        subject: { kind: 'born', nationalId: CHILD, birthDate: CHILD_BIRTH_DATE, name: CHILD_NAME },
        homeMunicipality: '5029',
        guardians: [
          { nationalId: MOTHER, name: MOTHER_NAME, holdsParentalResponsibility: true },
          { nationalId: FATHER, name: FATHER_NAME, holdsParentalResponsibility: false },
        ],
      });
      const access = await app.db.dataSource.query(`SELECT event_type, data, child_id::text FROM events WHERE stream_id = $1`, [`child-access-${bornId}`]);
      expect(access).toEqual([
        {
          event_type: 'ChildDataRead',
          data: { practitionerId: 'demo-helsestasjon-helsesykepleier', unitId: 'demo-helsestasjon', purpose: 'follow-up' },
          child_id: bornId,
        },
      ]);
    });

    it('returns an unborn child with the mother’s number and the expected date', async () => {
      const response = await read(unbornId, '?purpose=registration').expect(200);
      expect(response.body.subject).toEqual({ kind: 'unborn', motherNationalId: EXPECTING_MOTHER, expectedDate: EXPECTED_DATE });
    });

    it('requires a purpose from the list, and records nothing without one', async () => {
      const before = await written();
      for (const query of ['', '?purpose=curiosity']) {
        const response = await read(bornId, query).expect(400);
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(['purpose']);
      }
      expect(await written()).toEqual(before);
    });

    it('answers an unknown child and a child the caller has no relation to with the same 403', async () => {
      const before = await written();
      await read(bornId, '?purpose=follow-up', pedagogue).expect(403);
      const outside = await read(bornId, '?purpose=follow-up', teacher).expect(403);
      const unknown = await read(randomUUID(), '?purpose=follow-up', nurse).expect(403);
      expect(withoutInstance(outside.body)).toEqual(withoutInstance(unknown.body));
      expect(outside.body).toMatchObject({ status: 403, title: 'Ingen tilgang' });
      expect(await written()).toEqual(before);
    });
  });

  describe('when a registration is refused', () => {
    it('answers 403 for a municipality the caller’s unit does not serve, and writes nothing', async () => {
      const before = await written();
      const response = await register(bornChild, teacher).expect(403);
      expect(response.body).toMatchObject({ status: 403, title: 'Ingen tilgang' });
      expect(await written()).toEqual(before);
    });

    it('answers 400 naming the field for a national id with a changed digit, and writes nothing', async () => {
      const before = await written();
      const bad = { ...bornChild, subject: { ...bornChild.subject, nationalId: withChangedDigit(CHILD) } };
      const response = await register(bad).expect(400);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.errors).toEqual([
        { field: 'subject.nationalId', message: 'Fødselsnummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktige.' },
      ]);
      expect(JSON.stringify(response.body)).not.toContain(withChangedDigit(CHILD));
      expect(await written()).toEqual(before);
    });

    it('answers 400 naming every unknown or malformed property', async () => {
      const before = await written();
      const response = await register({
        ...bornChild,
        colour: 'blue',
        subject: { ...bornChild.subject, shoeSize: 31 },
        guardians: [{ ...bornChild.guardians[0], holdsParentalResponsibility: 'yes' }],
        homeMunicipality: 'Skaun',
      }).expect(400);
      expect(response.body.errors.map((e: { field: string }) => e.field)).toEqual(
        expect.arrayContaining(['colour', 'subject.shoeSize', 'guardians[0].holdsParentalResponsibility', 'homeMunicipality']),
      );
      const unknownKind = await register({ ...bornChild, subject: { kind: 'adopted', nationalId: CHILD } }).expect(400);
      expect(unknownKind.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['subject.kind']));
      expect(await written()).toEqual(before);
    });

    it('answers 401 without a token on every children route, before looking at the request', async () => {
      for (const response of [
        await request(server).post('/api/v1/children').send(bornChild),
        await request(server).post('/api/v1/children/search').send({ nationalId: CHILD }),
        await request(server).get(`/api/v1/children/${bornId}?purpose=follow-up`),
        await request(server).get(`/api/v1/children/${randomUUID()}`),
      ]) {
        expect(response.status).toBe(401);
        expect(response.headers['www-authenticate']).toMatch(/^Bearer/);
      }
    });

    it('refuses an administrator, who has no practitioner role, on every children route', async () => {
      await register(bornChild, admin).expect(403);
      await search(CHILD, admin).expect(403);
      await read(bornId, '?purpose=follow-up', admin).expect(403);
    });
  });

  describe('when the same Idempotency-Key is sent again', () => {
    it('registers one child and answers the same child id, also for concurrent attempts', async () => {
      const key = `registrering-${randomUUID()}`;
      const first = await register(bornChild).set('idempotency-key', key).expect(201);
      const again = await register(bornChild).set('idempotency-key', key).expect(201);
      expect(again.body).toEqual(first.body);
      const racing = await Promise.all([1, 2, 3].map(() => register(unbornChild).set('idempotency-key', `${key}-race`)));
      expect(racing.map((r) => r.status)).toEqual([201, 201, 201]);
      expect(new Set(racing.map((r) => r.body.childId)).size).toBe(1);
      const streams = await app.db.dataSource.query(`SELECT stream_id, count(*)::int AS events FROM events WHERE stream_id = ANY($1) GROUP BY stream_id ORDER BY stream_id`, [
        [`child-${first.body.childId}`, `child-${racing[0].body.childId}`],
      ]);
      expect(streams).toHaveLength(2);
      for (const stream of streams) expect(stream.events).toBe(1);
    });
  });

  it('never wrote a national id or a name to the log', () => {
    expect(app.logLines.length).toBeGreaterThan(0);
    const log = app.logLines.join('\n');
    for (const secret of SECRETS.filter((s) => s !== CHILD_BIRTH_DATE && s !== EXPECTED_DATE)) {
      expect(log).not.toContain(secret);
      expect(log).not.toContain(`${secret.slice(0, 6)} ${secret.slice(6)}`);
    }
  });
});
