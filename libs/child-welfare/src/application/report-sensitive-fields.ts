import type { ChildCipher } from '@stafett/identity';
import { isEncryptedField } from '@stafett/identity';
import type { ReportEvent } from '../domain/report.events';

/**
 * What the report says and what caseworkers write about it is personal data about the child: stored
 * encrypted with the child's key (for an unborn child not yet identified: a key of the report's own,
 * kept in the same vault under the report id). The content (the KS document) is sealed as one JSON
 * text; the written reasons one by one. Everything else (ids, dates, outcomes) stays in clear for the
 * decider, the clock and the projections.
 */
export function sealReportEvent(event: ReportEvent, cipher: ChildCipher): ReportEvent {
  const seal = (text: string | undefined) => (text === undefined ? undefined : (cipher.encrypt(text) as unknown as string));
  switch (event.type) {
    case 'ReportReceived':
      return { ...event, data: { ...event.data, content: cipher.encrypt(JSON.stringify(event.data.content)) } };
    case 'ReviewDecided': {
      const decision = event.data.decision;
      if (decision.outcome === 'investigate' || decision.reason === undefined) return event;
      return { ...event, data: { ...event.data, decision: { ...decision, reason: seal(decision.reason) as string } } };
    }
    case 'InvestigationExtended':
    case 'ReceiptExemptionRecorded':
      return { ...event, data: { ...event.data, reason: seal(event.data.reason) as string } } as ReportEvent;
    default:
      return event;
  }
}

/** The clear event; without a cipher (key erased) the sealed fields stay sealed. */
export function revealReportEvent(event: ReportEvent, cipher: ChildCipher | undefined): ReportEvent {
  if (!cipher) return event;
  const open = (value: unknown) => (isEncryptedField(value) ? cipher.decrypt(value) : value);
  switch (event.type) {
    case 'ReportReceived': {
      const content = event.data.content;
      return { ...event, data: { ...event.data, content: isEncryptedField(content) ? JSON.parse(cipher.decrypt(content)) : content } };
    }
    case 'ReviewDecided': {
      const decision = event.data.decision;
      if (decision.outcome === 'investigate' || decision.reason === undefined) return event;
      return { ...event, data: { ...event.data, decision: { ...decision, reason: open(decision.reason) as string } } };
    }
    case 'InvestigationExtended':
    case 'ReceiptExemptionRecorded':
      return { ...event, data: { ...event.data, reason: open(event.data.reason) as string } } as ReportEvent;
    default:
      return event;
  }
}
