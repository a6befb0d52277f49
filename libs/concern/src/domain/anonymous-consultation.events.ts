import type { DomainEvent } from '@stafett/kernel';
import type { IsoDate } from '@stafett/kernel';
import type { IsoTimestamp, PractitionerRef } from './concern.values';

/** Its own stream, apart from any case: nothing in it identifies a child. */
export const consultationStreamId = (consultationId: string): string => `consultation-${consultationId.toLowerCase()}`;

/** A service discussed a situation anonymously with another service (domain.md section 5, anonym drøfting). */
export type AnonymousConsultationRecorded = DomainEvent<
  'AnonymousConsultationRecorded',
  {
    consultationId: string;
    by: PractitionerRef;
    at: IsoTimestamp;
    /** Which service was consulted: its type, and the unit when known. */
    consultedService: { serviceType: string; unitId?: string };
    heldOn: IsoDate;
    topic: string;
    advice: string;
  }
>;

export type AnonymousConsultationEvent = AnonymousConsultationRecorded;
