import type { IsoDate } from '@stafett/kernel';
import type { IsoTimestamp, PractitionerActor } from './concern.values';

/**
 * No child identity by construction: there is no child, guardian or case field. The topic and the
 * advice are checked for things that look like national ids; names cannot be detected and are the
 * practitioner's responsibility (the user interface says so).
 */
export interface RecordAnonymousConsultation {
  readonly type: 'RecordAnonymousConsultation';
  readonly consultationId: string;
  readonly actor: PractitionerActor;
  readonly at: IsoTimestamp;
  readonly consultedService: { readonly serviceType: string; readonly unitId?: string };
  readonly heldOn: IsoDate;
  readonly topic: string;
  readonly advice: string;
}

export type AnonymousConsultationCommand = RecordAnonymousConsultation;
