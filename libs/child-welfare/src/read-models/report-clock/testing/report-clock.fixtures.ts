import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@stafett/event-store';
import type { ReportCommand } from '../../../domain/report.commands';
import { reportDecider } from '../../../domain/report.decide';
import type { ReportState } from '../../../domain/report.state';
import type { ReporterCategory, ReporterKind } from '../../../domain/reporter-category';
import type { Instant } from '@stafett/kernel';

// Report events built by the decider, as the write side would store them, for the clock tests.
// Content and reasons carry the marker SECRET so that tests can assert no row or answer holds one.

type Later = ReportCommand extends infer C ? (C extends ReportCommand ? Omit<C, 'reportId'> : never) : never;

export interface ReportStreamBuilder {
  readonly reportId: string;
  readonly streamId: string;
  readonly events: NewEvent[];
  /** Decides one more command at `now` and records its events. */
  then(command: Later, now: Instant): ReportStreamBuilder;
}

/** A report received at `receivedAt` (and registered then), decided by the report decider. */
export function reportStream(options: {
  readonly reporterKind: ReporterKind;
  readonly reporterCategory: ReporterCategory;
  readonly kommunenummer: string;
  readonly receivedAt: Instant;
  readonly reportId?: string;
}): ReportStreamBuilder {
  const reportId = options.reportId ?? randomUUID();
  let state: ReportState = reportDecider.initialState();
  const events: NewEvent[] = [];
  const builder: ReportStreamBuilder = {
    reportId,
    streamId: `report-${reportId.toLowerCase()}`,
    events,
    then(command, now) {
      for (const event of reportDecider.decide({ ...command, reportId } as ReportCommand, state, { now })) {
        state = reportDecider.evolve(state, event);
        events.push({ id: randomUUID(), type: event.type, data: event.data, metadata: { correlationId: randomUUID(), actorUserId: 'demo-barnevern-mottak', occurredAt: now } });
      }
      return builder;
    },
  };
  return builder.then(
    {
      type: 'ReceiveReport',
      reporterKind: options.reporterKind,
      reporterCategory: options.reporterCategory,
      channel: options.reporterKind === 'public' ? { kind: 'fiks' } : { kind: 'intake', registeredBy: 'demo-barnevern-mottak' },
      receivedAt: options.receivedAt,
      kommunenummer: options.kommunenummer,
      children: [{ childId: randomUUID(), unborn: false }],
      content: { melding: 'SECRET: hva melderen så', melder: 'SECRET: navn på melder' },
    },
    options.receivedAt,
  );
}

/** Written reasons, marked. */
export const SECRET_REASON = 'SECRET: begrunnelse med navn';
