import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import { DEFAULT_SERVICE_TYPES, type ServiceTypeDefinition } from '@stafett/organisation';
import { concernCaseIdOf, reportTimelineRowsFrom, timelineCaseFrom, timelineRowFrom, type ChildTimelineRow, type TimelineCase } from './child-timeline.row';

/**
 * The child's timeline (issue 5 item 4): one row per BTI case event, with its category, owner and
 * place in the log. Rows are immutable facts keyed by the event id, so `ON CONFLICT DO NOTHING`
 * makes a replayed or re-split batch give the same rows. A case's child and owning unit come from
 * its registration: from the same batch, or from the registration's row stored earlier.
 *
 * TODO(service-type-config): families come from the Norwegian default service types; a municipality's
 * own list is not in the event log yet, so the projection cannot follow it without breaking rebuilds.
 */
export class ChildTimelineProjection implements Projection {
  readonly name = 'child-timeline';
  readonly tables = ['child_timeline'];

  constructor(private readonly serviceTypes: readonly ServiceTypeDefinition[] = DEFAULT_SERVICE_TYPES) {}

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => concernCaseIdOf(event) !== undefined);
    // Reports of concern (issue 6) place themselves from their routing: no lookups needed.
    const reportRows = events.filter((event) => event.streamId.startsWith('report-')).flatMap((event) => reportTimelineRowsFrom(event, this.serviceTypes));
    if (mine.length === 0 && reportRows.length === 0) return;
    const cases = mine.length === 0 ? new Map<string, TimelineCase>() : await this.knownCases([...new Set(mine.map((event) => concernCaseIdOf(event) as string))], manager);
    const rows = new Map<string, ChildTimelineRow>();
    for (const event of mine) {
      const registered = timelineCaseFrom(event);
      if (registered) cases.set(concernCaseIdOf(event) as string, registered);
      const row = timelineRowFrom(event, (caseId) => cases.get(caseId), this.serviceTypes);
      if (row) rows.set(row.entryId, row); // one row per entry per statement: ON CONFLICT refuses repeats
    }
    for (const row of reportRows) rows.set(row.entryId, row);
    if (rows.size === 0) return;
    await manager.query(
      `INSERT INTO child_timeline
       SELECT * FROM jsonb_populate_recordset(NULL::child_timeline, $1::jsonb)
       ON CONFLICT (entry_id) DO NOTHING`,
      [JSON.stringify([...rows.values()].map(toStored))],
    );
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE child_timeline');
  }

  private async knownCases(caseIds: readonly string[], manager: EntityManager): Promise<Map<string, TimelineCase>> {
    const rows: Array<{ case_id: string; child_id: string; owner_unit_id: string; owner_service_type: string }> = await manager.query(
      `SELECT case_id, child_id::text, owner_unit_id, owner_service_type FROM child_timeline
        WHERE case_id = ANY($1::text[]) AND event_type = 'ConcernRegistered'`,
      [caseIds],
    );
    return new Map(rows.map((row) => [row.case_id, { childId: row.child_id, ownerUnitId: row.owner_unit_id, ownerServiceType: row.owner_service_type }]));
  }
}

function toStored(row: ChildTimelineRow) {
  return {
    entry_id: row.entryId,
    child_id: row.childId,
    case_id: row.caseId,
    category: row.category,
    owner_unit_id: row.ownerUnitId,
    owner_service_type: row.ownerServiceType,
    owner_family: row.ownerFamily,
    occurred_at: row.occurredAt,
    event_type: row.eventType,
    stream_id: row.streamId,
    stream_version: row.streamVersion.toString(),
    statutory_recipient_unit_id: row.statutoryRecipientUnitId,
    investigation_sensitive: row.investigationSensitive,
  };
}
