import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ConcernCaseStore } from '@stafett/concern';
import { ChildPersonalDataErasedError } from '@stafett/organisation';
import type { StoredTimelineEntry } from '../read-models/child-timeline/child-timeline.reader';
import { categoryOfReportEvent, reportTimelineText } from '../read-models/child-timeline/timeline-categories';

/** Loads the content of entries the policy shows, texts in clear. */
export interface TimelineContentSource {
  /** Content by entry id; only ever called with entries that are shown. */
  contentOf(childId: string, entries: readonly StoredTimelineEntry[]): Promise<Map<string, unknown>>;
}

/**
 * The content of BTI case entries, decrypted by the concern case store (the one place that holds
 * the child's key for case texts). One load per case, however many of its entries are shown.
 *
 * Entries of a report of concern (stream `report-<id>`) never carry the report's content: their
 * content is a fixed Norwegian sentence chosen by the event type (and, for feedback, by the answer
 * the law lets the reporter have), read from the event's clear structural fields, never decrypted.
 */
@Injectable()
export class ConcernTimelineContent implements TimelineContentSource {
  constructor(
    private readonly cases: ConcernCaseStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
  ) {}

  async contentOf(childId: string, entries: readonly StoredTimelineEntry[]): Promise<Map<string, unknown>> {
    const content = new Map<string, unknown>();
    const reportEntries = entries.filter((entry) => entry.streamId.startsWith('report-') && categoryOfReportEvent(entry.eventType) !== undefined);
    for (const streamId of new Set(reportEntries.map((entry) => entry.streamId))) {
      const recorded = await this.store.readStream(streamId);
      for (const entry of reportEntries.filter((e) => e.streamId === streamId)) {
        const event = recorded.find((e) => e.streamVersion === entry.streamVersion);
        const text = event && event.type === entry.eventType ? reportTimelineText(event) : undefined;
        if (text !== undefined) content.set(entry.entryId, { text });
      }
    }
    const caseEntries = entries.filter((entry) => !entry.streamId.startsWith('report-'));
    const caseIds = [...new Set(caseEntries.map((entry) => entry.caseId).filter((id): id is string => id !== undefined))];
    for (const caseId of caseIds) {
      const loaded = await this.cases.load(caseId);
      if (loaded.erased) throw new ChildPersonalDataErasedError(childId);
      for (const entry of caseEntries.filter((e) => e.caseId === caseId)) {
        const index = loaded.recorded.findIndex((recorded) => recorded.streamId === entry.streamId && recorded.streamVersion === entry.streamVersion);
        if (index >= 0) content.set(entry.entryId, loaded.events[index].data);
      }
    }
    return content;
  }
}
