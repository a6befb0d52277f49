import type { Instant } from '@stafett/kernel';
import type { InvestigationOutcome, ReviewDecision } from '../report.commands';
import type { ReportEvent } from '../report.events';

// Events to build states from in decider and clock tests. Times are data: pass them in.

export const REPORT_ID = 'report-1';
/** Friday 27 March 2026, 23:30 in Oslo (winter time, +01:00): the "Friday evening" edge. */
export const RECEIVED_AT: Instant = '2026-03-27T22:30:00.000Z';

function received(reporterKind: 'public' | 'private', receivedAt: Instant): ReportEvent {
  return {
    type: 'ReportReceived',
    data: {
      reportId: REPORT_ID,
      reporterKind,
      reporterCategory: reporterKind === 'public' ? 'skole' : 'foreldre',
      channel: reporterKind === 'public' ? { kind: 'service-unit', unitId: 'demo-skole' } : { kind: 'intake', registeredBy: 'intake-1' },
      receivedAt,
      kommunenummer: '5001',
      children: [{ childId: 'child-1', unborn: false }],
      content: { ref: 'opaque' },
      registeredAt: receivedAt,
    },
  };
}

export const publicReport = received('public', RECEIVED_AT);
export const privateReport = received('private', RECEIVED_AT);
export const publicReportAt = (receivedAt: Instant) => received('public', receivedAt);
export const privateReportAt = (receivedAt: Instant) => received('private', receivedAt);

export function reviewed(outcome: ReviewDecision['outcome'], decidedAt: Instant = RECEIVED_AT): ReportEvent {
  const decision: ReviewDecision = outcome === 'dismiss' ? { outcome, reason: 'Begrunnelse.' } : { outcome };
  return { type: 'ReviewDecided', data: { reportId: REPORT_ID, decision, decidedAt } };
}

export function extended(extendedAt: Instant = RECEIVED_AT): ReportEvent {
  return { type: 'InvestigationExtended', data: { reportId: REPORT_ID, reason: 'Venter på sakkyndig.', extendedAt } };
}

export function concluded(outcome: InvestigationOutcome, concludedAt: Instant = RECEIVED_AT): ReportEvent {
  return { type: 'InvestigationConcluded', data: { reportId: REPORT_ID, outcome, concludedAt } };
}
