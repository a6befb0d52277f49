import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { isUuid } from '@stafett/kernel';
import { isEntityId } from '@stafett/organisation';
import { consultationStreamId, type AnonymousConsultationRecorded } from '../domain/anonymous-consultation.events';
import type { ConsultationFacts, ReportFacts } from '../domain/concern.context';
import { serviceRefOf } from '../domain/concern.values';

/** What a case needs to know of other streams before it links them: ids and routing only, never content. */
@Injectable()
export class CaseFactsReader {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  /** The report's routing as its first event records it (ids only; the report's content is never read here). */
  async report(reportId: string): Promise<ReportFacts | undefined> {
    if (!isUuid(reportId)) return undefined;
    const [first] = await this.store.readStream(`report-${reportId.toLowerCase()}`, { maxCount: 1 });
    const routing = (first?.metadata as { report?: { reportId?: unknown; childIds?: unknown; reporterUnitId?: unknown } } | undefined)?.report;
    if (!routing || typeof routing.reportId !== 'string' || !Array.isArray(routing.childIds)) return undefined;
    return {
      reportId: routing.reportId.toLowerCase(),
      childIds: routing.childIds.filter((id): id is string => typeof id === 'string').map((id) => id.toLowerCase()),
      ...(typeof routing.reporterUnitId === 'string' ? { reporterUnitId: routing.reporterUnitId } : {}),
    };
  }

  async consultation(consultationId: string): Promise<ConsultationFacts | undefined> {
    if (!isEntityId(consultationId)) return undefined;
    const events = await this.store.readStream(consultationStreamId(consultationId));
    const recorded = events.find((e) => e.type === 'AnonymousConsultationRecorded') as unknown as AnonymousConsultationRecorded | undefined;
    return recorded ? { consultationId: recorded.data.consultationId, recordedBy: serviceRefOf(recorded.data.by) } : undefined;
  }
}
