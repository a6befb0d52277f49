import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

/** Anonym drøfting (domain.md section 5): recorded with no child identity, linked to a named case later. */
describe('an anonymous consultation', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let pedagogue: string;
  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    pedagogue = `Bearer ${await app.tokenFor('demo-barnehage-pedagog')}`;
  });
  afterAll(() => app.close());

  const consultation = { consultedUnitId: 'demo-helsestasjon', consultedServiceType: 'helsestasjon', heldOn: osloDate(new Date()), topic: 'Et barn som sover dårlig', advice: 'Snakk med foreldrene' };

  it('is recorded with no child identity, once per Idempotency-Key', async () => {
    const first = await request(server).post('/api/v1/consultations').set('authorization', pedagogue).set('idempotency-key', 'drofting-1').send(consultation).expect(201);
    const again = await request(server).post('/api/v1/consultations').set('authorization', pedagogue).set('idempotency-key', 'drofting-1').send(consultation).expect(201);
    expect(again.body).toEqual(first.body);
    const rows: Array<{ child_id: string | null; metadata: { childId?: string }; data: Record<string, unknown> }> = await app.db.dataSource.query(
      `SELECT child_id, metadata, data FROM events WHERE stream_id = $1`,
      [`consultation-${first.body.consultationId}`],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].child_id).toBeNull();
    expect(rows[0].metadata.childId).toBeUndefined();
    expect(Object.keys(rows[0].data)).not.toContain('childId');
  });

  it('refuses a text that looks like a national id, and bad input with every field named', async () => {
    const withId = await request(server)
      .post('/api/v1/consultations')
      .set('authorization', pedagogue)
      .send({ ...consultation, topic: `Gjelder ${sensitive(syntheticNationalId('2019-01-01', 700))}` })
      .expect(400);
    expect(withId.body.errors.map((e: { field: string }) => e.field)).toEqual(['topic']);
    const bad = await request(server).post('/api/v1/consultations').set('authorization', pedagogue).send({ heldOn: 'i går', extra: 1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(expect.arrayContaining(['heldOn', 'topic', 'advice', 'consultedServiceType', 'extra']));
  });

  it('is linked to a named case later, by the unit that recorded it', async () => {
    const consultationId = (await request(server).post('/api/v1/consultations').set('authorization', pedagogue).send(consultation).expect(201)).body.consultationId;
    const childId = await app.registerChild(pedagogue, sensitive(syntheticNationalId('2019-02-02', 730)));
    const caseId = (
      await request(server).post('/api/v1/concerns').set('authorization', pedagogue).send({ childId, kommunenummer: '5029', observations: 'Sover dårlig', since: 'lenge' }).expect(201)
    ).body.caseId;
    const linked = await request(server).post(`/api/v1/concerns/${caseId}/consultations`).set('authorization', pedagogue).send({ consultationId }).expect(200);
    expect(linked.body.events).toEqual(['ConsultationLinked']);
  });
});
