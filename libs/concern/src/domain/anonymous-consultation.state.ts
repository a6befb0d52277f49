import type { AnonymousConsultationEvent } from './anonymous-consultation.events';
import type { ServiceRef } from './concern.values';

export type AnonymousConsultationState =
  | { readonly status: 'unrecorded' }
  | { readonly status: 'recorded'; readonly consultationId: string; readonly recordedBy: ServiceRef };

export function initialAnonymousConsultationState(): AnonymousConsultationState {
  return { status: 'unrecorded' };
}

export function evolveAnonymousConsultation(state: AnonymousConsultationState, event: AnonymousConsultationEvent): AnonymousConsultationState {
  switch (event.type) {
    case 'AnonymousConsultationRecorded': {
      const { consultationId, by } = event.data;
      return { status: 'recorded', consultationId, recordedBy: { unitId: by.unitId, serviceType: by.serviceType } };
    }
    default: {
      const unhandled: never = event.type;
      void unhandled;
      return state;
    }
  }
}
