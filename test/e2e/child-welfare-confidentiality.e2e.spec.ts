import { osloDate } from '@stafett/kernel';
import request from 'supertest';
import { waitFor } from '../../libs/event-store/src/testing/event-store.contract';
import { syntheticNationalId } from '../../libs/organisation/src/application/children/testing/synthetic-national-ids';
import offentligExample from '../../libs/child-welfare/src/format/testing/offentligBekymringsmeldingV2.json';
import { sensitive } from '../support/log-capture';
import { startTestApp, type TestApp } from '../support/test-app';

// Synthetic national id and invented texts only: none of this is about a real child.
const CHILD = sensitive(syntheticNationalId('2019-09-30', 500));
const CHILD_NAME = sensitive('Sofie Testesen Prøvedal');
const GUARDIAN_NAME = sensitive('Bjørnar Testesen Prøvedal');
const NOT_TOLD_WHY = sensitive('Far kan bli voldelig hvis han får vite om meldingen');
const REPORT_TEXT = sensitive('Sofie forteller at hun ikke tør å gå hjem etter skolen');
const REPORT_HISTORY = sensitive('Helsesykepleier har sett Sofie gråte på venterommet flere ganger');
const OTHER_VIEWS = sensitive('Mor ønsker hjelp men er redd for far');
const EXTENSION_REASON = sensitive('Sakkyndig uttalelse fra BUP er ikke kommet');
const DISMISS_REASON = sensitive('Forholdet er allerede fulgt opp i en annen sak hos barneverntjenesten');

/** Everything that is child welfare's alone: the report's texts, caseworkers' reasons, and the case's own fields and events. */
const CHILD_WELFARE_ONLY = [
  CHILD_NAME,
  GUARDIAN_NAME,
  NOT_TOLD_WHY,
  REPORT_TEXT,
  REPORT_HISTORY,
  OTHER_VIEWS,
  EXTENSION_REASON,
  DISMISS_REASON,
  'offentligBarn',
  'orientertGrunn',
  '"deadlines"',
  '"phase"',
  'ReportReceived',
  'ReviewDecided',
  'InvestigationExtended',
  'InvestigationConcluded',
  'ReceiptExemptionRecorded',
  '"child-welfare-case"',
];

interface RouteLayer {
  route?: { path: string; methods: Record<string, boolean> };
}

describe('no child-welfare case content outside child welfare, on any endpoint', () => {
  let app: TestApp;
  let server: ReturnType<TestApp['app']['getHttpServer']>;
  let tokens: Record<'nurse' | 'kindergartenLeader' | 'teacher' | 'intake' | 'caseworker', string>;
  let childId: string;
  let caseId: string;
  let reportId: string;
  let dismissedId: string;

  const document = () => ({
    ...offentligExample,
    kommunenummer: '5029',
    kommunenavn: 'Skaun',
    offentligBarn: [{ ...offentligExample.offentligBarn[0], fnr: CHILD, personnavn: CHILD_NAME, orientert: false, orientertGrunn: NOT_TOLD_WHY }],
    foresatte: [{ personnavn: GUARDIAN_NAME, orientert: false, orientertGrunn: NOT_TOLD_WHY }],
    melding: { melding: REPORT_TEXT, historie: REPORT_HISTORY, andreSynspunkter: OTHER_VIEWS },
  });

  /** Every GET route the real application serves, with the journey's ids filled in. */
  function getRoutes(): string[] {
    const instance = app.app.getHttpAdapter().getInstance();
    const stack: RouteLayer[] = (instance.router ?? instance._router).stack;
    const paths = stack
      .filter((layer) => layer.route?.methods.get && Object.keys(layer.route.methods).length === 1)
      .map((layer) =>
        layer
          .route!.path.replace(/:childId/g, childId)
          .replace(/:caseId/g, caseId)
          .replace(/:reportId/g, reportId)
          .replace(/:kommunenummer/g, '5029')
          .replace(/:[a-zA-Z]+/g, 'demo-x'),
      );
    // The second report (dismissed, with a written reason) too, wherever a report id is taken.
    return [...new Set([...paths, ...paths.filter((p) => p.includes(reportId)).map((p) => p.replace(reportId, dismissedId))])];
  }

  beforeAll(async () => {
    app = await startTestApp();
    server = app.app.getHttpServer();
    await app.organisationLoaded();
    tokens = {
      nurse: `Bearer ${await app.tokenFor('demo-helsestasjon-helsesykepleier')}`,
      kindergartenLeader: `Bearer ${await app.tokenFor('demo-barnehage-leder')}`,
      teacher: `Bearer ${await app.tokenFor('demo-skole-kontaktlaerer')}`,
      intake: `Bearer ${await app.tokenFor('demo-barnevern-mottak')}`,
      caseworker: `Bearer ${await app.tokenFor('demo-barnevern-saksbehandler')}`,
    };
    const { nurse, intake, caseworker } = tokens;
    childId = await app.registerChild(nurse, CHILD);
    const concern = (path: string, body: object) => request(server).post(`/api/v1/concerns${path}`).set('authorization', nurse).send(body);
    caseId = (await concern('', { childId, kommunenummer: '5029', observations: 'Trekker seg unna ved konsultasjon', since: 'siden våren' }).expect(201)).body.caseId;
    await concern(`/${caseId}/conversation`, { heldOn: osloDate(new Date()), participants: ['mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true }).expect(200);
    await concern(`/${caseId}/level-zero-decision`, { outcome: 'level-1', reason: 'Følges opp på helsestasjonen', stafettholderId: 'demo-helsestasjon-helsesykepleier' }).expect(200);
    await waitFor(async () => (await app.db.dataSource.query(`SELECT level FROM case_worklist WHERE case_id = $1`, [caseId]))[0]?.level === 1, 10_000, 'the case worklist');

    // The full journey: filed from the case, confirmed, investigated, extended, concluded, fed back.
    reportId = (await request(server).post('/api/v1/reports').set('authorization', nurse).send({ childId, caseId, document: document() }).expect(201)).body.reportId;
    const step = (id: string, path: string, token: string, body: object = {}) => request(server).post(`/api/v1/reports/${id}/${path}`).set('authorization', token).send(body).expect(200);
    await step(reportId, 'receipt-confirmation', intake);
    await step(reportId, 'review', intake, { outcome: 'investigate' });
    await step(reportId, 'investigation-opened-notice', intake);
    await step(reportId, 'extension', caseworker, { reason: EXTENSION_REASON });
    await step(reportId, 'conclusion', caseworker, { outcome: 'closed' });
    await step(reportId, 'outcome-feedback', caseworker);
    // A second report, dismissed with a written reason and a receipt exemption.
    dismissedId = (await request(server).post('/api/v1/reports').set('authorization', nurse).send({ childId, document: document() }).expect(201)).body.reportId;
    await step(dismissedId, 'receipt-exemption', intake, { ground: 'special-reasons', reason: DISMISS_REASON });
    await step(dismissedId, 'review', intake, { outcome: 'dismiss', reason: DISMISS_REASON });
    await step(dismissedId, 'investigation-opened-notice', intake);

    await waitFor(
      async () => {
        const [{ n }] = await app.db.dataSource.query(`SELECT count(*)::int AS n FROM child_timeline WHERE child_id = $1 AND stream_id LIKE 'report-%'`, [childId]);
        const streams = await app.db.dataSource.query(`SELECT 1 FROM stream_catalogue WHERE stream_type = 'report'`);
        return n === 11 && streams.length === 2;
      },
      10_000,
      'the projections',
    );
  });
  afterAll(() => app.close());

  const get = (path: string, token: string) => request(server).get(path).set('authorization', token);

  it('finds the journey’s texts where they belong: in child welfare’s own view (the check can see them)', async () => {
    const read = await get(`/api/v1/reports/${reportId}`, tokens.caseworker).expect(200);
    expect(read.text).toContain(REPORT_TEXT);
    expect(read.text).toContain(EXTENSION_REASON);
    expect((await get(`/api/v1/reports/${dismissedId}`, tokens.intake).expect(200)).text).toContain(DISMISS_REASON);
  });

  it('walks every GET route, with and without a purpose, and the route list covers the reports', () => {
    expect(getRoutes()).toEqual(
      expect.arrayContaining([
        '/api/v1/reports/mine',
        `/api/v1/reports/${reportId}`,
        `/api/v1/reports/${reportId}/export`,
        `/api/v1/children/${childId}/timeline`,
        `/api/v1/concerns/${caseId}`,
        `/api/v1/reports/${dismissedId}`,
      ]),
    );
  });

  for (const who of ['nurse', 'kindergartenLeader', 'teacher'] as const) {
    it(`shows the ${who} no child-welfare case content on any GET route`, async () => {
      // The nurse sees her own case's record that she reported (R1: the recording unit's own entry), so the
      // category's name may appear for her; what child welfare recorded may not, for anyone.
      const forbidden = who === 'nurse' ? CHILD_WELFARE_ONLY.filter((secret) => secret !== '"child-welfare-case"') : CHILD_WELFARE_ONLY;
      const answered: string[] = [];
      for (const path of getRoutes()) {
        for (const query of ['', '?purpose=follow-up', '?purpose=coordination']) {
          const response = await get(`${path}${query}`, tokens[who]);
          expect({ path, status: response.status }).not.toEqual({ path, status: 500 });
          const text = response.text ?? '';
          for (const secret of forbidden) {
            if (text.includes(secret)) throw new Error(`${who}: GET ${path}${query} (${response.status}) shows "${secret}"`);
          }
          if (response.status === 200) answered.push(`${path}${query}`);
        }
      }
      // The walk reached the child's data, not only refusals; a unit with no relation to the child reaches only its own list.
      if (who === 'nurse') expect(answered).toEqual(expect.arrayContaining([`/api/v1/children/${childId}/timeline?purpose=follow-up`, '/api/v1/reports/mine']));
      if (who === 'kindergartenLeader') expect(answered).toEqual(expect.arrayContaining(['/api/v1/reports/mine']));
    });
  }

  it('shows the nurse, of the child-welfare-case category, only her own unit’s record that it reported', async () => {
    const timeline = (await get(`/api/v1/children/${childId}/timeline?purpose=follow-up`, tokens.nurse).expect(200)).body;
    const cases = timeline.entries.filter((e: { category: string }) => e.category === 'child-welfare-case');
    expect(cases.map((e: { eventType: string; ownerUnitId: string }) => [e.eventType, e.ownerUnitId])).toEqual([['ReportToChildWelfareLinked', 'demo-helsestasjon']]);
  });

  it('shows the nurse, the reporter, exactly the statutory feedback on the timeline and in her list', async () => {
    const timeline = (await get(`/api/v1/children/${childId}/timeline?purpose=follow-up`, tokens.nurse).expect(200)).body;
    const childWelfare = timeline.entries.filter((e: { category: string }) => e.category === 'child-welfare-feedback');
    expect(childWelfare.map((e: { eventType: string; content: { text: string } }) => [e.eventType, e.content.text])).toEqual([
      ['ReceiptConfirmationSent', 'Meldingen er mottatt av barneverntjenesten.'],
      ['InvestigationOpenedNoticeSent', 'Undersøkelse er åpnet.'],
      ['OutcomeFeedbackSent', 'Undersøkelsen er avsluttet.'],
    ]);
    const mine = (await get('/api/v1/reports/mine', tokens.nurse).expect(200)).body.reports;
    expect(mine.map((r: { reportId: string; status: string }) => [r.reportId, r.status]).sort()).toEqual(
      [
        [reportId, 'closed'],
        [dismissedId, 'no-investigation'],
      ].sort(),
    );
  });
});
