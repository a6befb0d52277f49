import type { RecordedEvent } from '@stafett/event-store';
import type { ChildCipher, EncryptedField } from '@stafett/identity';
import { reportTimelineRowsFrom } from '../../../access/src/read-models/child-timeline/child-timeline.row';
import { reportTimelineText } from '../../../access/src/read-models/child-timeline/timeline-categories';
import type { ReportEvent } from '../domain/report.events';
import { reporterViewOf } from './report-queries.service';
import { reportStreamId, type ReportRouting } from './report-routing';
import { revealReportEvent, sealReportEvent } from './report-sensitive-fields';
import type { LoadedReport } from './report.store';
import { evolveReport, initialReportState } from '../domain/report.state';

const REPORT_ID = '5f0c2d4e-1b2a-4c3d-8e9f-0a1b2c3d4e5f';
const CHILD_ID = '7d1f3c2a-0000-4000-8000-000000000001';
const SECRET = 'Barnet forteller om vold hjemme';
const AT = '2026-03-02T08:00:00.000Z';

/** A reversible stand-in for the vault's cipher: enough to prove what is sealed and what is not. */
const cipher: ChildCipher = {
  childId: CHILD_ID,
  encrypt: (plaintext) => ({ v: 1, iv: 'AAAA', ct: Buffer.from(plaintext).toString('base64'), tag: 'AAAA' }) as EncryptedField,
  decrypt: (field) => Buffer.from(field.ct, 'base64').toString(),
};

const routing: ReportRouting = { reportId: REPORT_ID, childIds: [CHILD_ID], childWelfareUnitId: 'cw', childWelfareServiceType: 'barneverntjeneste', reporterUnitId: 'nurse-unit', concernCaseId: 'case-1' };

const received: ReportEvent = {
  type: 'ReportReceived',
  data: {
    reportId: REPORT_ID,
    reporterKind: 'public',
    reporterCategory: 'helsestasjon-skolehelsetjeneste',
    channel: { kind: 'service-unit', unitId: 'nurse-unit' },
    receivedAt: AT,
    kommunenummer: '5029',
    children: [{ childId: CHILD_ID, unborn: false }],
    content: { kind: 'ks', variant: 'offentlig', document: { melding: { melding: SECRET } } },
    registeredAt: AT,
  },
};
const events: ReportEvent[] = [
  received,
  { type: 'ReceiptConfirmationSent', data: { reportId: REPORT_ID, sentAt: AT } },
  { type: 'ReviewDecided', data: { reportId: REPORT_ID, decision: { outcome: 'investigate' }, decidedAt: AT } },
  { type: 'InvestigationExtended', data: { reportId: REPORT_ID, reason: SECRET, extendedAt: AT } },
];

const recorded = (event: ReportEvent, version: number, report: ReportRouting = routing): RecordedEvent =>
  ({
    id: `00000000-0000-4000-8000-00000000000${version}`,
    type: event.type,
    data: event.data,
    metadata: { correlationId: 'c', occurredAt: AT, report },
    streamId: reportStreamId(REPORT_ID),
    streamVersion: BigInt(version),
    globalPosition: {},
    recordedAt: new Date(AT),
  }) as unknown as RecordedEvent;

describe('the report application', () => {
  it('seals the content and every written reason, and opens them again', () => {
    for (const event of events) {
      const sealed = sealReportEvent(event, cipher);
      if (event.type === 'ReportReceived' || event.type === 'InvestigationExtended') expect(JSON.stringify(sealed)).not.toContain(SECRET);
      expect(revealReportEvent(sealed, cipher)).toEqual(event);
    }
  });

  it('tells the reporter only what was sent to it: an open investigation not yet told stays "received"', () => {
    const loaded = { reportId: REPORT_ID, recorded: [], events, state: events.reduce(evolveReport, initialReportState()), version: 4n, routing, erased: false } as LoadedReport;
    const view = reporterViewOf(loaded);
    expect(view).toMatchObject({ status: 'received', statusNb: 'Meldingen er mottatt', feedback: [{ kind: 'receipt-confirmation' }] });
    expect(JSON.stringify(view)).not.toContain(SECRET);
  });

  it('places feedback on the timeline for the reporter’s unit, and everything else as child welfare’s case', () => {
    const [receivedRow] = reportTimelineRowsFrom(recorded(received, 1));
    const [feedbackRow] = reportTimelineRowsFrom(recorded(events[1], 2));
    expect(receivedRow).toMatchObject({ category: 'child-welfare-case', ownerUnitId: 'cw', ownerFamily: 'child-welfare', caseId: 'case-1', statutoryRecipientUnitId: null, childId: CHILD_ID });
    expect(feedbackRow).toMatchObject({ category: 'child-welfare-feedback', ownerUnitId: 'cw', statutoryRecipientUnitId: 'nurse-unit' });
  });

  it('gives an unborn child without an id, or a stream without routing, no timeline rows', () => {
    expect(reportTimelineRowsFrom(recorded(received, 1, { ...routing, childIds: [] }))).toEqual([]);
    expect(reportTimelineRowsFrom({ ...recorded(received, 1), metadata: { correlationId: 'c', occurredAt: AT } } as RecordedEvent)).toEqual([]);
  });

  it('writes fixed sentences on the timeline, never the event’s texts', () => {
    for (const event of events) expect(reportTimelineText(event)).not.toContain(SECRET);
    expect(reportTimelineText({ type: 'InvestigationOpenedNoticeSent', data: { investigationOpened: false } })).toBe('Det er ikke åpnet undersøkelse.');
    expect(reportTimelineText({ type: 'OutcomeFeedbackSent', data: { outcome: 'closed' } })).toBe('Undersøkelsen er avsluttet.');
  });
});
