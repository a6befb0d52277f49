import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfidentialityFamily, InformationCategory, TimelineEntryFacts } from '../../domain/timeline-entry';
import type { ChildTimelineRow } from './child-timeline.row';

/** An entry's facts plus where its content is stored. */
export interface StoredTimelineEntry extends TimelineEntryFacts {
  readonly eventType: string;
  readonly streamId: string;
  readonly streamVersion: bigint;
}

/** What the read use case needs from the read side; a port so the use case is testable without a database. */
export interface TimelineSource {
  entriesFor(childId: string): Promise<StoredTimelineEntry[]>;
}

/** A row as the policy and the content loader see it: optional facts only when they hold. */
export function storedEntryOf(row: ChildTimelineRow): StoredTimelineEntry {
  return {
    entryId: row.entryId,
    childId: row.childId,
    ...(row.caseId ? { caseId: row.caseId } : {}),
    category: row.category,
    ownerUnitId: row.ownerUnitId,
    ownerServiceType: row.ownerServiceType,
    ownerFamily: row.ownerFamily,
    occurredAt: row.occurredAt,
    ...(row.statutoryRecipientUnitId ? { statutoryRecipientUnitId: row.statutoryRecipientUnitId } : {}),
    ...(row.investigationSensitive ? { investigationSensitive: true } : {}),
    eventType: row.eventType,
    streamId: row.streamId,
    streamVersion: row.streamVersion,
  };
}

interface Row {
  entry_id: string;
  child_id: string;
  case_id: string | null;
  category: string;
  owner_unit_id: string;
  owner_service_type: string;
  owner_family: string;
  occurred_at: Date;
  event_type: string;
  stream_id: string;
  stream_version: string;
  statutory_recipient_unit_id: string | null;
  investigation_sensitive: boolean;
}

/** Reads `child_timeline`. Eventually consistent: an event shows up once the projection applied it. */
@Injectable()
export class ChildTimelineReader implements TimelineSource {
  constructor(private readonly dataSource: DataSource) {}

  async entriesFor(childId: string): Promise<StoredTimelineEntry[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT entry_id, child_id::text, case_id, category, owner_unit_id, owner_service_type, owner_family, occurred_at,
              event_type, stream_id, stream_version::text, statutory_recipient_unit_id, investigation_sensitive
         FROM child_timeline t WHERE t.child_id = $1::uuid
        -- The table's columns, not the text output columns of the same names: versions sort as numbers.
        ORDER BY t.occurred_at, t.stream_id, t.stream_version`,
      [childId],
    );
    return rows.map((row) =>
      storedEntryOf({
        entryId: row.entry_id,
        childId: row.child_id,
        caseId: row.case_id,
        category: row.category as InformationCategory,
        ownerUnitId: row.owner_unit_id,
        ownerServiceType: row.owner_service_type,
        ownerFamily: row.owner_family as ConfidentialityFamily,
        occurredAt: row.occurred_at.toISOString(),
        statutoryRecipientUnitId: row.statutory_recipient_unit_id,
        investigationSensitive: row.investigation_sensitive,
        eventType: row.event_type,
        streamId: row.stream_id,
        streamVersion: BigInt(row.stream_version),
      }),
    );
  }
}
