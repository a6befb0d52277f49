import { randomUUID } from 'node:crypto';
import type { NewEvent } from '@stafett/event-store';
import type { ConcernEvent } from '../../../domain/concern.events';
import type { PractitionerRef, ServiceRef } from '../../../domain/concern.values';

// Case events as the write side stores them, for the worklist tests. Free texts carry the marker
// SECRET so that tests can assert no worklist row or response ever holds one.

export const school: ServiceRef = { unitId: 'skole-a', serviceType: 'skole' };
export const clinic: ServiceRef = { unitId: 'helsestasjon-b', serviceType: 'helsestasjon' };
export const teacher: PractitionerRef = { practitionerId: 'laerer-1', ...school };
export const nurse: PractitionerRef = { practitionerId: 'helsesykepleier-1', ...clinic };

type Payload<E extends ConcernEvent> = Omit<E['data'], 'caseId' | 'by' | 'at'>;

/** Builds the events of one case: `event('LevelChanged', {...})` fills in caseId, by and at. */
export function caseStream(caseId: string, childId: string = randomUUID()) {
  return {
    caseId,
    childId,
    event<T extends ConcernEvent['type']>(
      type: T,
      data: Payload<Extract<ConcernEvent, { type: T }>>,
      options: { by?: PractitionerRef; at?: string } = {},
    ): NewEvent {
      const at = options.at ?? '2026-03-02T09:00:00+01:00';
      return {
        id: randomUUID(),
        type,
        data: { caseId, by: options.by ?? teacher, at, ...data },
        metadata: { correlationId: randomUUID(), actorUserId: (options.by ?? teacher).practitionerId, childId, occurredAt: new Date(at).toISOString() },
      };
    },
    registered(decisionDueOn: string, owningUnit: ServiceRef = school): NewEvent {
      return this.event('ConcernRegistered', {
        childId,
        kommunenummer: '5029',
        owningUnit,
        concern: { observations: 'SECRET: sliten hver morgen', since: 'SECRET: siden høstferien' },
        decisionDueOn,
      });
    },
    /** Registered, decided for level 1 or 2, holder appointed, level changed: the usual way up. */
    raisedTo(level: 1 | 2, holder: PractitionerRef = teacher): NewEvent[] {
      return [
        this.registered('2026-03-16'),
        this.event('LevelZeroDecided', { outcome: `level-${level}`, reason: 'SECRET: begrunnelse', decisionDueOn: '2026-03-16', withinDeadline: true }),
        this.event('StafettholderAppointed', { holder, familyWish: 'SECRET: ønsker læreren' }),
        this.event('LevelChanged', { from: 0, to: level, reason: 'SECRET: begrunnelse' }),
      ];
    },
    measure(measureId: string, evaluationDates: string[], owner: ServiceRef = school): NewEvent {
      return this.event('MeasureAdded', {
        measureId,
        owner,
        responsiblePractitionerId: 'laerer-1',
        goal: 'SECRET: møter uthvilt',
        startsOn: '2026-03-02',
        evaluationDates,
      });
    },
  };
}
