import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type EventMetadata, type NewEvent, type RecordedEvent } from '@stafett/event-store';
import { ChildKeyNotFoundError, PersonalDataErasedError, PersonalDataVault, type ChildCipher } from '@stafett/identity';
import type { ReportEvent } from '../domain/report.events';
import { evolveReport, initialReportState, type ReportState } from '../domain/report.state';
import { reportRoutingOf, reportStreamId, type ReportRouting } from './report-routing';
import { revealReportEvent, sealReportEvent } from './report-sensitive-fields';

export interface LoadedReport {
  readonly reportId: string;
  readonly recorded: readonly RecordedEvent[];
  /** Texts in clear (unless erased). */
  readonly events: readonly ReportEvent[];
  readonly state: ReportState;
  readonly version: bigint;
  readonly routing?: ReportRouting;
  readonly erased: boolean;
}

/** Whose key seals the report: the first identified child's, or the report's own (unborn, unidentified). */
export const keyOwnerOf = (routing: ReportRouting): string => routing.childIds[0] ?? routing.reportId;

/**
 * Reads and writes `report-<reportId>`: texts sealed on the way in, opened on the way out; the
 * routing (ids only) in every event's metadata, so projections never need the content.
 */
@Injectable()
export class ReportStore {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async load(reportId: string): Promise<LoadedReport> {
    const recorded = await this.store.readStream(reportStreamId(reportId));
    const routing = recorded[0] ? reportRoutingOf(recorded[0]) : undefined;
    let cipher: ChildCipher | undefined;
    let erased = false;
    if (routing) {
      try {
        cipher = await this.vault.existingCipherFor(keyOwnerOf(routing));
      } catch (error) {
        if (!(error instanceof PersonalDataErasedError) && !(error instanceof ChildKeyNotFoundError)) throw error;
        erased = true;
      }
    }
    const events = recorded.map((e) => revealReportEvent({ type: e.type, data: e.data } as ReportEvent, cipher));
    const state = events.reduce(evolveReport, initialReportState());
    return { reportId, recorded, events, state, version: BigInt(recorded.length), ...(routing ? { routing } : {}), erased };
  }

  /** For writing. A child's key must exist (the child is registered); a report's own key is made on first use. */
  async cipherFor(routing: ReportRouting): Promise<ChildCipher> {
    return routing.childIds.length > 0 ? this.vault.existingCipherFor(routing.childIds[0]) : this.vault.cipherFor(routing.reportId);
  }

  /** Seals and appends; `version` 0 means the stream must not exist yet. */
  async append(
    routing: ReportRouting,
    events: readonly ReportEvent[],
    eventIds: readonly string[],
    version: bigint,
    cipher: ChildCipher,
    metadata: Omit<EventMetadata, 'childId' | 'correlationId'> & { readonly correlationId?: string },
  ): Promise<void> {
    const childId = routing.childIds[0];
    const toStore: NewEvent[] = events.map((event, index) => {
      const sealed = sealReportEvent(event, cipher);
      const full = { ...metadata, correlationId: metadata.correlationId ?? randomUUID(), ...(childId ? { childId } : {}), report: routing };
      return { id: eventIds[index], type: sealed.type, data: sealed.data, metadata: full as EventMetadata };
    });
    await this.store.append(reportStreamId(routing.reportId), toStore, version === 0n ? 'no_stream' : version);
  }
}
