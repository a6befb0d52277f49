import type { RecordedEvent } from '@stafett/event-store';
import { isEncryptedField, type SealedFields } from '@stafett/identity';
import type { ReportEvent } from '../domain/report.events';
import { reportRoutingOf, type ReportRouting } from '../application/report-routing';

/** Whose key seals the report: the first identified child's, or the report's own (unborn, unidentified). */
export const keyOwnerOf = (routing: ReportRouting): string => routing.childIds[0] ?? routing.reportId;

/**
 * What the report says and what caseworkers write about it is personal data about the child: stored
 * encrypted with the child's key (for an unborn child not yet identified: a key of the report's own,
 * kept in the same vault under the report id). The content (the KS document) is sealed as one JSON
 * text; the written reasons one by one. Everything else (ids, dates, outcomes) stays in clear for the
 * decider, the clock and the projections. The key owner comes from the routing in the first event's
 * metadata.
 */
export const reportSealedFields: SealedFields<ReportEvent> = {
  keyOwnerOf(first: RecordedEvent): string | undefined {
    const routing = reportRoutingOf(first);
    return routing ? keyOwnerOf(routing) : undefined;
  },

  mapFields(event: ReportEvent, map: (value: unknown) => unknown): ReportEvent {
    switch (event.type) {
      case 'ReportReceived': {
        // One JSON text: sealing gets the text, opening gets the sealed field and gives the text back.
        const content = event.data.content;
        const mapped = map(isEncryptedField(content) ? content : JSON.stringify(content));
        return { ...event, data: { ...event.data, content: typeof mapped === 'string' ? JSON.parse(mapped) : mapped } };
      }
      case 'ReviewDecided': {
        const decision = event.data.decision;
        if (decision.outcome === 'investigate' || decision.reason === undefined) return event;
        return { ...event, data: { ...event.data, decision: { ...decision, reason: map(decision.reason) as string } } };
      }
      case 'InvestigationExtended':
      case 'ReceiptExemptionRecorded':
        return { ...event, data: { ...event.data, reason: map(event.data.reason) as string } } as ReportEvent;
      default:
        return event;
    }
  },
};
