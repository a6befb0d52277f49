import { osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import { validateBekymringsmelding } from '../../libs/child-welfare/src';
import privatExample from '../../libs/child-welfare/src/format/testing/privatBekymringsmeldingV2.json';
import { offentligReportFor } from '../support/ks-documents';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national id and invented texts only: none of this is about a real child.
const CHILD = sensitive(syntheticNationalId('2024-02-11', 812));
const OBSERVATIONS = sensitive('Emil Prøvebarn har flere blåmerker på armene ved konsultasjonen');
const DECISION_REASON = sensitive('Helsesykepleier følger opp med hyppigere konsultasjoner');
const REPORT_TEXT = sensitive('Helsesykepleier er bekymret for blåmerker og at mor virker redd');
const REPORT_HISTORY = sensitive('Familien har avlyst tre avtaler på helsestasjonen siden høsten');
const EXTENSION_REASON = sensitive('Venter på uttalelse fra sakkyndig om skadene');

/** KS's offentlig example, adapted to the child: Skaun, the child's national id, our texts. */
const offentligFor = (nationalId: string) => offentligReportFor(nationalId, { melding: REPORT_TEXT, historie: REPORT_HISTORY });

const privatFor = () => ({ ...privatExample, kommunenummer: '5029', kommunenavn: 'Skaun' });

describe('the health nurse’s report of concern, from a level-1 case to the outcome feedback', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let nurse: string;
  let intake: string;
  let caseworker: string;
  let leader: string;
  let childId: string;
  let caseId: string;
  let reportId: string;
  const today = osloDate(new Date());

  const timeline = (token: string) => request(server).get(`/api/v1/children/${childId}/timeline?purpose=follow-up`).set('authorization', token);
  const intakePost = (path: string, body: object = {}, token = intake) => request(server).post(`/api/v1/reports/${reportId}/${path}`).set('authorization', token).send(body);
  const reportEventCount = async (): Promise<number> =>
    (await app.db.dataSource.query(`SELECT count(*)::int AS n FROM events WHERE stream_id LIKE 'report-%'`))[0].n;
  const childWelfareEntries = async (token: string) => {
    const body = (await timeline(token).expect(200)).body as { entries: Array<Record<string, unknown>> };
    return body.entries.filter((e) => String(e.category).startsWith('child-welfare'));
  };
  const waitForTimeline = (eventType: string) =>
    waitFor(
      async () => (await app.db.dataSource.query(`SELECT 1 FROM child_timeline WHERE child_id = $1 AND event_type = $2`, [childId, eventType])).length > 0,
      10_000,
      `${eventType} on the timeline`,
    );

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    nurse = `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`;
    intake = `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`;
    caseworker = `Bearer ${await app.tokenFor('demo-barnevern-saksbehandler')}`;
    leader = `Bearer ${await app.tokenFor('demo-barnehage-leder')}`;
    childId = await app.registerChild(nurse, CHILD);
    const post = (path: string, body: object) => request(server).post(`/api/v1/concerns${path}`).set('authorization', nurse).send(body);
    caseId = (await post('', { childId, kommunenummer: '5029', observations: OBSERVATIONS, since: 'siden sommeren' }).expect(201)).body.caseId;
    await post(`/${caseId}/conversation`, { heldOn: today, participants: ['mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: false, notInformedReason: 'Barnet er for lite' }).expect(200);
    await post(`/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: DECISION_REASON, stafettholderId: 'demo-helsestasjon-helsesykepleier' }).expect(200);
    await waitFor(async () => (await app.db.dataSource.query(`SELECT level FROM case_worklist WHERE case_id = $1`, [caseId]))[0]?.level === 1, 10_000, 'the case worklist');
  });
  afterAll(() => app.close());

  it('lets the nurse file a report from her level-1 case, without any consent, and links it to the case', async () => {
    const response = await request(server)
      .post('/api/v1/reports')
      .set('authorization', nurse)
      .set('idempotency-key', 'nurse-report-1')
      .send({ childId, caseId, document: offentligFor(CHILD) })
      .expect(201);
    reportId = response.body.reportId;
    expect(response.body).toEqual({ reportId: expect.stringMatching(/^[0-9a-f-]{36}$/), events: ['ReportReceived'] });
    const caseEvents: Array<{ event_type: string; data: { reportId?: string } }> = await app.db.dataSource.query(
      `SELECT event_type, data FROM events WHERE stream_id = $1 ORDER BY stream_version`,
      [`concern-${caseId}`],
    );
    expect(caseEvents.at(-1)).toMatchObject({ event_type: 'ReportToChildWelfareLinked', data: { reportId } });
  });

  it('answers a retry with the same Idempotency-Key with the same report, appending nothing', async () => {
    const before = await reportEventCount();
    const retry = await request(server).post('/api/v1/reports').set('authorization', nurse).set('idempotency-key', 'nurse-report-1').send({ childId, caseId, document: offentligFor(CHILD) });
    expect(retry.status).toBe(201);
    expect(retry.body.reportId).toBe(reportId);
    expect(await reportEventCount()).toBe(before);
  });

  it('stores the report’s content encrypted: the events table holds none of its texts', async () => {
    const rows: Array<{ data: string; metadata: { childId?: string; report?: object } }> = await app.db.dataSource.query(
      `SELECT data::text AS data, metadata FROM events WHERE stream_id = $1`,
      [`report-${reportId}`],
    );
    expect(rows).toHaveLength(1);
    expect(rows[0].data).not.toContain(REPORT_TEXT);
    expect(rows[0].data).not.toContain(CHILD);
    expect(rows[0].metadata).toMatchObject({ childId, report: { reportId, reporterUnitId: 'demo-helsestasjon', childWelfareUnitId: 'demo-barnevern', concernCaseId: caseId } });
  });

  it('shows intake the report, due for review within a week', async () => {
    const body = (await request(server).get(`/api/v1/reports/${reportId}`).set('authorization', intake).expect(200)).body;
    expect(body.state).toMatchObject({ phase: 'awaiting-review', reporterKind: 'public', reporterCategory: 'helsestasjon-skolehelsetjeneste', kommunenummer: '5029' });
    expect(body.content).toMatchObject({ kind: 'ks', variant: 'offentlig', document: { melding: { melding: REPORT_TEXT } } });
    expect(body.deadlines.find((d: { rule: { id: string } }) => d.rule.id === 'review')).toMatchObject({ status: 'pending' });
  });

  it('gives everyone but child welfare of the owning unit the same 403 as an unknown report', async () => {
    const strip = ({ instance: _instance, ...rest }: Record<string, unknown>) => rest;
    const unknown = await request(server).get(`/api/v1/reports/${randomUUID()}`).set('authorization', intake).expect(403);
    for (const token of [nurse, leader]) {
      const refused = await request(server).get(`/api/v1/reports/${reportId}`).set('authorization', token).expect(403);
      expect(strip(refused.body)).toEqual(strip(unknown.body));
      await request(server).get(`/api/v1/reports/${reportId}/export`).set('authorization', token).expect(403);
      await request(server).post(`/api/v1/reports/${reportId}/review`).set('authorization', token).send({ outcome: 'investigate' }).expect(403);
    }
  });

  it('tells the nurse’s unit only what child welfare has told it', async () => {
    await intakePost('receipt-confirmation').expect(200, { events: ['ReceiptConfirmationSent'] });
    await intakePost('review', { outcome: 'investigate' }).expect(200, { events: ['ReviewDecided'] });
    await waitFor(async () => (await request(server).get('/api/v1/reports/mine').set('authorization', nurse)).body.reports?.length === 1, 10_000, 'the stream catalogue');
    // The investigation is open, but the unit has not been told yet: it knows only "received".
    const mine = (await request(server).get('/api/v1/reports/mine').set('authorization', nurse).expect(200)).body;
    expect(mine.reports).toEqual([expect.objectContaining({ reportId, status: 'received', statusNb: 'Meldingen er mottatt', caseId, childIds: [childId] })]);
    await intakePost('investigation-opened-notice').expect(200, { events: ['InvestigationOpenedNoticeSent'] });
  });

  it('shows the nurse her own record that she reported, “received” and “investigation opened” on the statutory basis, and nothing else of child welfare', async () => {
    await waitForTimeline('InvestigationOpenedNoticeSent');
    const entries = await childWelfareEntries(nurse);
    expect(entries.map((e) => [e.eventType, e.category, e.visibility, (e.basis as { kind: string }).kind, e.ownerUnitId])).toEqual([
      ['ReportToChildWelfareLinked', 'child-welfare-case', 'shown', 'own-service', 'demo-helsestasjon'],
      ['ReceiptConfirmationSent', 'child-welfare-feedback', 'shown', 'statutory', 'demo-barnevern'],
      ['InvestigationOpenedNoticeSent', 'child-welfare-feedback', 'shown', 'statutory', 'demo-barnevern'],
    ]);
    expect(entries.map((e) => e.content)).toEqual([expect.objectContaining({ reportId }), { text: 'Meldingen er mottatt av barneverntjenesten.' }, { text: 'Undersøkelse er åpnet.' }]);
    expect(JSON.stringify(entries)).not.toContain(REPORT_TEXT);
  });

  it('shows another unit of the municipality, even its leader, nothing: with no relation to the child, the child is unknown to it', async () => {
    await timeline(leader).expect(403);
  });

  it('lets child welfare extend and conclude the investigation, and the outcome feedback reaches the nurse', async () => {
    await intakePost('extension', { reason: EXTENSION_REASON }, caseworker).expect(200, { events: ['InvestigationExtended'] });
    await intakePost('conclusion', { outcome: 'followed-up' }, caseworker).expect(200, { events: ['InvestigationConcluded'] });
    await intakePost('outcome-feedback', {}, caseworker).expect(200, { events: ['OutcomeFeedbackSent'] });
    await waitForTimeline('OutcomeFeedbackSent');
    const entries = await childWelfareEntries(nurse);
    expect(entries.map((e) => e.eventType)).toEqual(['ReportToChildWelfareLinked', 'ReceiptConfirmationSent', 'InvestigationOpenedNoticeSent', 'OutcomeFeedbackSent']);
    expect(entries[3]).toMatchObject({ visibility: 'shown', basis: { kind: 'statutory' }, content: { text: 'Undersøkelsen er avsluttet, og barneverntjenesten følger opp barnet.' } });
    expect(JSON.stringify(entries)).not.toContain(EXTENSION_REASON);
  });

  it('counts the journey’s report as reviewed, investigated and answered on time in intake’s figures', async () => {
    const today = osloDate(new Date());
    const figures = () => request(server).get(`/api/v1/intake/figures?kommunenummer=5029&from=${today}&to=${today}`).set('authorization', intake);
    await waitFor(async () => (await figures()).body.outcomeFeedback?.onTime === 1, 10_000, 'the report clock');
    const body = (await figures().expect(200)).body;
    expect(body.received).toBe(1);
    expect(body.review).toMatchObject({ onTime: 1, breaches: 0, share: 1 });
    expect(body.receiptConfirmation).toMatchObject({ onTime: 1, breaches: 0 });
    expect(body.outcomeFeedback).toMatchObject({ onTime: 1, breaches: 0 });
  });

  it('lists the report for the nurse’s unit with the final status and the feedback, and nothing of the case', async () => {
    const mine = (await request(server).get('/api/v1/reports/mine').set('authorization', nurse).expect(200)).body;
    expect(mine.reports).toHaveLength(1);
    expect(mine.reports[0]).toMatchObject({ reportId, status: 'followed-up' });
    expect(mine.reports[0].feedback.map((f: { kind: string }) => f.kind)).toEqual(['receipt-confirmation', 'investigation-opened-notice', 'outcome-feedback']);
    expect(Object.keys(mine.reports[0]).sort()).toEqual(['caseId', 'childIds', 'feedback', 'filedAt', 'reportId', 'status', 'statusNb']);
    const text = JSON.stringify(mine);
    for (const secret of [REPORT_TEXT, REPORT_HISTORY, EXTENSION_REASON, CHILD, 'InvestigationExtended', 'investigating']) expect(text).not.toContain(secret);
    // Another unit has filed nothing.
    expect((await request(server).get('/api/v1/reports/mine').set('authorization', leader).expect(200)).body).toEqual({ reports: [] });
  });

  it('exports the report as a KS offentlig document that passes KS’s schema', async () => {
    const exported = (await request(server).get(`/api/v1/reports/${reportId}/export`).set('authorization', caseworker).expect(200)).body;
    expect(validateBekymringsmelding(exported)).toMatchObject({ ok: true, variant: 'offentlig' });
    expect(exported).toMatchObject({ kommunenummer: '5029', melding: { melding: REPORT_TEXT }, sendingstidspunkt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}$/) });
  });

  describe('the KS Fiks v2 exchange format', () => {
    const file = (document: unknown, token = nurse, extra: object = { childId }) => request(server).post('/api/v1/reports').set('authorization', token).send({ ...extra, document });
    const register = (document: unknown, extra: object = { childIds: [childId] }) => request(server).post('/api/v1/reports/private').set('authorization', intake).send({ ...extra, document });

    it('accepts both KS examples, adapted to the child, and exports each so that it validates', async () => {
      const offentlig = await file(offentligFor(CHILD)).expect(201);
      const privat = await register(privatFor(), { childIds: [childId], reporterCategory: 'andre' }).expect(201);
      for (const [id, variant] of [
        [offentlig.body.reportId, 'offentlig'],
        [privat.body.reportId, 'privat'],
      ]) {
        const exported = (await request(server).get(`/api/v1/reports/${id}/export`).set('authorization', intake).expect(200)).body;
        expect(validateBekymringsmelding(exported)).toMatchObject({ ok: true, variant });
      }
      // A private reporter is not told whether an investigation was opened.
      await request(server).post(`/api/v1/reports/${privat.body.reportId}/review`).set('authorization', intake).send({ outcome: 'investigate' }).expect(200);
      await request(server).post(`/api/v1/reports/${privat.body.reportId}/investigation-opened-notice`).set('authorization', intake).expect(409);
    });

    it('registers a police report (KS offentlig) from intake, and a report about an unborn child filed without a child id', async () => {
      await register(offentligFor(CHILD), { childIds: [childId] }).expect(201);
      const unborn = { ...offentligFor(CHILD), offentligBarn: [{ ...offentligFor(CHILD).offentligBarn[0], fnr: '', ufoedt: true }] };
      const filed = await file(unborn, nurse, {}).expect(201);
      const rows: Array<{ metadata: { childId?: string; report: { childIds: string[] } } }> = await app.db.dataSource.query(`SELECT metadata FROM events WHERE stream_id = $1`, [
        `report-${filed.body.reportId}`,
      ]);
      expect(rows[0].metadata.childId).toBeUndefined();
      expect(rows[0].metadata.report.childIds).toEqual([]);
      const read = (await request(server).get(`/api/v1/reports/${filed.body.reportId}`).set('authorization', intake).expect(200)).body;
      expect(read.content.document.offentligBarn[0].ufoedt).toBe(true);
    });

    it('answers 422 listing the missing required field, writing nothing', async () => {
      const before = await reportEventCount();
      const { melding: _melding, ...withoutMelding } = offentligFor(CHILD);
      const offentlig = await file(withoutMelding).expect(422).expect('content-type', /application\/problem\+json/);
      expect(offentlig.body.errors).toEqual(expect.arrayContaining([{ field: 'document.melding', message: '«document.melding» mangler.' }]));
      const { privatMelder: _melder, ...withoutMelder } = privatFor();
      const privat = await register(withoutMelder).expect(422);
      expect(privat.body.errors).toEqual(expect.arrayContaining([{ field: 'document.privatMelder', message: '«document.privatMelder» mangler.' }]));
      expect(await reportEventCount()).toBe(before);
    });

    it('answers 422 for a malformed kommunenummer, listing every problem, writing nothing', async () => {
      const before = await reportEventCount();
      const { foresatte: _foresatte, ...noGuardians } = offentligFor(CHILD);
      const offentlig = await file({ ...noGuardians, kommunenummer: '50X9' }).expect(422);
      expect(offentlig.body.errors).toEqual(
        expect.arrayContaining([
          { field: 'document.kommunenummer', message: '«document.kommunenummer» har feil format.' },
          { field: 'document.foresatte', message: '«document.foresatte» mangler.' },
        ]),
      );
      const privat = await register({ ...privatFor(), kommunenummer: '529' }).expect(422);
      expect(privat.body.errors).toEqual(expect.arrayContaining([{ field: 'document.kommunenummer', message: '«document.kommunenummer» har feil format.' }]));
      expect(await reportEventCount()).toBe(before);
    });

    it('refuses the private-person route to anyone but intake', async () => {
      await request(server).post('/api/v1/reports/private').set('authorization', nurse).send({ document: privatFor() }).expect(403);
      await request(server).post('/api/v1/reports/private').set('authorization', caseworker).send({ document: privatFor() }).expect(403);
    });
  });
});
