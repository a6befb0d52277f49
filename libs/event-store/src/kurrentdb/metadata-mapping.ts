import type { EventMetadata } from '../port/event';

/** Which append wrote the event: tells a real write from KurrentDB's silent answer to a retried one. */
export const APPEND_ID_KEY = 'stafettAppendId';
/** When the event was first recorded, kept by the copy from PostgreSQL so history keeps its times. */
export const ORIGINAL_RECORDED_AT_KEY = 'stafettRecordedAt';

export interface MetadataExtras {
  readonly appendId: string;
  readonly recordedAt?: Date;
}

export interface ParsedMetadata {
  readonly metadata: EventMetadata;
  readonly appendId?: string;
  readonly recordedAt?: Date;
}

/** Our EventMetadata as the event's JSON metadata in KurrentDB. */
export function toStoredMetadata(metadata: EventMetadata, extras: MetadataExtras): Record<string, unknown> {
  return {
    ...metadata,
    // KurrentDB's own names, so its UI and the $by_correlation_id projection follow causation chains.
    $correlationId: metadata.correlationId,
    ...(metadata.causationId === undefined ? {} : { $causationId: metadata.causationId }),
    [APPEND_ID_KEY]: extras.appendId,
    ...(extras.recordedAt === undefined ? {} : { [ORIGINAL_RECORDED_AT_KEY]: extras.recordedAt.toISOString() }),
  };
}

/**
 * The stored JSON metadata back as EventMetadata, without the keys this adapter or KurrentDB added.
 * Events written by other tools may lack what Stafett always stores: the event id then stands in
 * for the correlation id and the recording time for `occurredAt`, so one foreign event cannot stop
 * every subscription.
 */
export function fromStoredMetadata(stored: unknown, fallback: { eventId: string; created: Date }): ParsedMetadata {
  const raw = isJsonObject(stored) ? stored : {};
  const metadata: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (key.startsWith('$') || key === APPEND_ID_KEY || key === ORIGINAL_RECORDED_AT_KEY) continue;
    metadata[key] = value;
  }
  if (typeof metadata.correlationId !== 'string') {
    metadata.correlationId = typeof raw.$correlationId === 'string' ? raw.$correlationId : fallback.eventId;
  }
  if (typeof metadata.occurredAt !== 'string') metadata.occurredAt = fallback.created.toISOString();
  const appendId = raw[APPEND_ID_KEY];
  return {
    metadata: metadata as unknown as EventMetadata,
    appendId: typeof appendId === 'string' ? appendId : undefined,
    recordedAt: parseDate(raw[ORIGINAL_RECORDED_AT_KEY]),
  };
}

function isJsonObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Uint8Array);
}

function parseDate(value: unknown): Date | undefined {
  if (typeof value !== 'string') return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
}
