import { Injectable } from '@nestjs/common';
import { ConcernCaseStore } from '@stafett/concern/application/concern-case.store';
import { ChildPersonalDataErasedError } from '@stafett/organisation/application/children/children.errors';
import type { StoredTimelineEntry } from './child-timeline.reader';

/** Loads the content of entries the policy shows, texts in clear. */
export interface TimelineContentSource {
  /** Content by entry id; only ever called with entries that are shown. */
  contentOf(childId: string, entries: readonly StoredTimelineEntry[]): Promise<Map<string, unknown>>;
}

/**
 * The content of BTI case entries, decrypted by the concern case store (the one place that holds
 * the child's key for case texts). One load per case, however many of its entries are shown.
 */
@Injectable()
export class ConcernTimelineContent implements TimelineContentSource {
  constructor(private readonly cases: ConcernCaseStore) {}

  async contentOf(childId: string, entries: readonly StoredTimelineEntry[]): Promise<Map<string, unknown>> {
    const content = new Map<string, unknown>();
    const caseIds = [...new Set(entries.map((entry) => entry.caseId).filter((id): id is string => id !== undefined))];
    for (const caseId of caseIds) {
      const loaded = await this.cases.load(caseId);
      if (loaded.erased) throw new ChildPersonalDataErasedError(childId);
      for (const entry of entries.filter((e) => e.caseId === caseId)) {
        const index = loaded.recorded.findIndex((recorded) => recorded.streamId === entry.streamId && recorded.streamVersion === entry.streamVersion);
        if (index >= 0) content.set(entry.entryId, loaded.events[index].data);
      }
    }
    return content;
  }
}
