import type { EventData, JSONType, RecordedEvent as KurrentRecordedEvent } from '@kurrent/kurrentdb-client';
import type { NewEvent, RecordedEvent } from '../port/event';
import { fromStoredMetadata, toStoredMetadata, type MetadataExtras } from './metadata-mapping';
import { fromKurrentPosition } from './position-mapping';
import { versionFromRevision } from './revision-mapping';

/** An event read from KurrentDB, with the id of the append that wrote it when Stafett did. */
export interface StoredEvent {
  readonly event: RecordedEvent;
  readonly appendId?: string;
}

/** Our event as a KurrentDB JSON event: the caller's id is kept, so a retried append is recognised. */
export function toEventData(event: NewEvent, extras: MetadataExtras): EventData {
  return {
    id: event.id,
    contentType: 'application/json',
    type: event.type,
    // Any JSON value goes through the client's JSON.stringify; `undefined` is stored as null, as in PostgreSQL.
    data: (event.data ?? null) as JSONType,
    metadata: toStoredMetadata(event.metadata, extras),
  };
}

export function fromKurrentEvent(raw: KurrentRecordedEvent): StoredEvent {
  const { metadata, appendId, recordedAt } = fromStoredMetadata(raw.metadata, { eventId: raw.id, created: raw.created });
  return {
    event: {
      id: raw.id,
      type: raw.type,
      data: raw.data,
      metadata,
      streamId: raw.streamId,
      streamVersion: versionFromRevision(raw.revision),
      globalPosition: fromKurrentPosition(raw.position, `event ${raw.id} of '${raw.streamId}'`),
      recordedAt: recordedAt ?? raw.created,
    },
    appendId,
  };
}

/** KurrentDB's own records ($stats, $metadata, links of system projections): never shown to callers. */
export function isSystemRecord(raw: { readonly streamId: string; readonly type: string }): boolean {
  return raw.streamId.startsWith('$') || raw.type.startsWith('$');
}
