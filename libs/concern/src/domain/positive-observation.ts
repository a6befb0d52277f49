import type { DomainEvent, IsoDate } from '@stafett/kernel';
import type { IsoTimestamp, PractitionerActor, PractitionerRef } from './concern.values';

// Lysglimt: what went well for the child, in BTI's strength-based practice. A stafettlogg entry like
// goals and agreements, written by any unit taking part in the case. The texts are personal data.

export interface RecordPositiveObservation {
  readonly type: 'RecordPositiveObservation';
  readonly caseId: string;
  readonly actor: PractitionerActor;
  readonly at: IsoTimestamp;
  readonly observationId: string;
  /** The day it was seen; not after the day it is recorded. */
  readonly observedOn: IsoDate;
  /** What went well, as the practitioner saw it. */
  readonly text: string;
  /** What the child said about it, if the child said something. */
  readonly childsOwnWords?: string;
}

export type PositiveObservationRecorded = DomainEvent<
  'PositiveObservationRecorded',
  {
    readonly caseId: string;
    readonly by: PractitionerRef;
    readonly at: IsoTimestamp;
    readonly observationId: string;
    readonly observedOn: IsoDate;
    readonly text: string;
    readonly childsOwnWords?: string;
  }
>;
