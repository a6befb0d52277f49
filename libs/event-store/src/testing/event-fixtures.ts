import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../port/event';

/** A well-formed event for tests, with fresh ids unless given. */
export function anEvent(overrides: Partial<NewEvent> = {}): NewEvent {
  return {
    id: randomUUID(),
    type: 'TestEventHappened',
    data: { note: 'ingen personopplysninger', n: 1 },
    metadata: {
      correlationId: randomUUID(),
      actorUserId: 'user-1',
      actorServiceId: 'service-1',
      occurredAt: '2026-11-23T10:00:00.000Z',
    },
    ...overrides,
  };
}

export function someEvents(count: number, type = 'TestEventHappened'): NewEvent[] {
  return Array.from({ length: count }, (_, i) => anEvent({ type, data: { n: i + 1 } }));
}

export function aStreamId(prefix = 'test'): string {
  return `${prefix}-${randomUUID()}`;
}
