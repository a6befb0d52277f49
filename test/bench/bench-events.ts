import { randomUUID } from 'node:crypto';
import type { NewEvent } from '../../libs/event-store/src/port/event';

const SUMMARIES = [
  'Kontaktlærer melder om høyt fravær siste måned; avtalt samtale med foresatte neste uke.',
  'Helsesykepleier har hatt samtale med eleven; ønsker felles møte med PPT og skole.',
  'Foresatte har samtykket til samarbeid; stafettlogg opprettet og stafettholder valgt.',
];

/**
 * A realistic small event: about 200 bytes of JSON data and the full EventMetadata (correlation,
 * causation, actor, service, child, time), every id fresh. Built before timing starts.
 */
export function benchEvent(sequence: number): NewEvent {
  const childId = randomUUID();
  return {
    id: randomUUID(),
    type: 'ConcernRegistered',
    data: {
      concernId: randomUUID(),
      level: 1 + (sequence % 3),
      category: 'school-attendance',
      summary: SUMMARIES[sequence % SUMMARIES.length],
      sequence,
    },
    metadata: {
      correlationId: randomUUID(),
      causationId: randomUUID(),
      actorUserId: 'practitioner-4711',
      actorServiceId: 'helsestasjon-og-skolehelsetjeneste',
      childId,
      occurredAt: new Date(1_780_000_000_000 + sequence * 1000).toISOString(),
    },
  };
}

export function benchEvents(count: number, offset = 0): NewEvent[] {
  return Array.from({ length: count }, (_, i) => benchEvent(offset + i));
}

/** Bytes of the JSON of a typical event's data and metadata (reported in the doc). */
export function typicalEventSize(): { data: number; metadata: number } {
  const event = benchEvent(1);
  return {
    data: Buffer.byteLength(JSON.stringify(event.data)),
    metadata: Buffer.byteLength(JSON.stringify(event.metadata)),
  };
}
