import type { GlobalPosition } from './global-position';

/** Who did what, why, and about which child. Stored with every event. */
export interface EventMetadata {
  /** Ties together every event caused by one request or process. */
  readonly correlationId: string;
  /** The event or command that caused this one. */
  readonly causationId?: string;
  /** The acting user (practitioner id, or `system:<component>`). */
  readonly actorUserId?: string;
  /** The service unit the actor acted for. */
  readonly actorServiceId?: string;
  /** The child the event concerns, when it concerns one: lets access logging and erasure find it. */
  readonly childId?: string;
  /** When it happened in the world (ISO 8601); may differ from when it was recorded. */
  readonly occurredAt: string;
}

/** An event as the caller proposes it. The caller chooses the id, so a retried append is harmless. */
export interface NewEvent<Type extends string = string, Data = unknown> {
  readonly id: string;
  readonly type: Type;
  readonly data: Data;
  readonly metadata: EventMetadata;
}

/** An event as the store holds it. */
export interface RecordedEvent<Type extends string = string, Data = unknown> extends NewEvent<Type, Data> {
  readonly streamId: string;
  /** 1 for the stream's first event. */
  readonly streamVersion: bigint;
  readonly globalPosition: GlobalPosition;
  readonly recordedAt: Date;
}
