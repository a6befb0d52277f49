import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@stafett/event-store';
import { EncryptingEventStream, PersonalDataVault } from '@stafett/identity';
import type { ReportEvent } from '../domain/report.events';
import { evolveReport, initialReportState, type ReportState } from '../domain/report.state';
import { reportRoutingOf, reportStreamId, type ReportRouting } from '../application/report-routing';
import { keyOwnerOf, reportSealedFields } from './report-sealed-fields';

/** A report as its stream tells it: texts in clear unless the key was erased, the state, and its routing. */
export interface LoadedReport {
  readonly reportId: string;
  readonly recorded: readonly RecordedEvent[];
  readonly events: readonly ReportEvent[];
  readonly state: ReportState;
  readonly version: bigint;
  readonly routing?: ReportRouting;
  readonly erased: boolean;
}

/**
 * The stream `report-<reportId>` over the one encrypting stream store: texts sealed on the way in,
 * opened on the way out; the routing (ids only) in every event's metadata, so projections never need
 * the content.
 */
@Injectable()
export class ReportStream {
  readonly stream: EncryptingEventStream<ReportEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore, vault: PersonalDataVault) {
    this.stream = new EncryptingEventStream<ReportEvent>(store, vault, reportSealedFields);
  }

  async load(reportId: string): Promise<LoadedReport> {
    const loaded = await this.stream.read(reportStreamId(reportId));
    const routing = loaded.recorded[0] ? reportRoutingOf(loaded.recorded[0]) : undefined;
    const state = loaded.events.reduce(evolveReport, initialReportState());
    return { reportId, recorded: loaded.recorded, events: loaded.events, state, version: loaded.version, ...(routing ? { routing } : {}), erased: loaded.erased };
  }

  /**
   * The stream, writing for this report: under the first child's key (which must exist: the child is
   * registered), or a key of the report's own made on first use; the routing in every event's metadata.
   */
  writingFor(routing: ReportRouting): EncryptingEventStream<ReportEvent> {
    const childId = routing.childIds[0];
    return this.stream.writingAs({
      keyOwner: keyOwnerOf(routing),
      createKey: childId === undefined,
      metadata: { report: routing, ...(childId ? { childId } : {}) },
    });
  }
}
