import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConfidentialityFamily, InformationCategory, TimelineEntryFacts } from '../timeline-entry';

/** An entry's facts plus where its content is stored. */
export interface StoredTimelineEntry extends TimelineEntryFacts {
  readonly eventType: string;
  readonly streamId: string;
  readonly streamVersion: bigint;
}

/** How the viewer's unit and the viewer personally relate to the child's cases. */
export interface ViewerCases {
  readonly participatingCaseIds: readonly string[];
  readonly stafettholderCaseIds: readonly string[];
}

/** What the read use case needs from the read side; a port so the use case is testable without a database. */
export interface TimelineSource {
  entriesFor(childId: string): Promise<StoredTimelineEntry[]>;
  viewerCases(childId: string, unitId: string, practitionerId: string): Promise<ViewerCases>;
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
}

/**
 * Reads `child_timeline` and, for the viewer, `case_worklist` (the case-worklist projection). Both
 * are eventually consistent: an event shows up once its projection applied it.
 */
@Injectable()
export class ChildTimelineReader implements TimelineSource {
  constructor(private readonly dataSource: DataSource) {}

  async entriesFor(childId: string): Promise<StoredTimelineEntry[]> {
    const rows: Row[] = await this.dataSource.query(
      `SELECT entry_id, child_id::text, case_id, category, owner_unit_id, owner_service_type, owner_family, occurred_at,
              event_type, stream_id, stream_version::text, statutory_recipient_unit_id
         FROM child_timeline t WHERE t.child_id = $1::uuid
        -- The table's columns, not the text output columns of the same names: versions sort as numbers.
        ORDER BY t.occurred_at, t.stream_id, t.stream_version`,
      [childId],
    );
    return rows.map((row) => ({
      entryId: row.entry_id,
      childId: row.child_id,
      ...(row.case_id ? { caseId: row.case_id } : {}),
      category: row.category as InformationCategory,
      ownerUnitId: row.owner_unit_id,
      ownerServiceType: row.owner_service_type,
      ownerFamily: row.owner_family as ConfidentialityFamily,
      occurredAt: row.occurred_at.toISOString(),
      ...(row.statutory_recipient_unit_id ? { statutoryRecipientUnitId: row.statutory_recipient_unit_id } : {}),
      eventType: row.event_type,
      streamId: row.stream_id,
      streamVersion: BigInt(row.stream_version),
    }));
  }

  /** Cases (open or closed) the unit owns, takes part in or holds the baton of; and those the practitioner holds. */
  async viewerCases(childId: string, unitId: string, practitionerId: string): Promise<ViewerCases> {
    const rows: Array<{ case_id: string; holds: boolean }> = await this.dataSource.query(
      `SELECT case_id, coalesce(stafettholder_practitioner = $3, false) AS holds FROM case_worklist
        WHERE lower(child_id) = $1
          AND (owning_unit = $2 OR participating_units @> ARRAY[$2]::text[] OR stafettholder_unit = $2)
        ORDER BY case_id`,
      [childId, unitId, practitionerId],
    );
    return { participatingCaseIds: rows.map((row) => row.case_id), stafettholderCaseIds: rows.filter((row) => row.holds).map((row) => row.case_id) };
  }
}
