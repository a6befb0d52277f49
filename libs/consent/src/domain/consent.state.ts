import type { ConsentFacts } from './consent-vocabulary';
import type { ConsentEvent, ConsentRecorded } from './consent.events';
import type { RecordedGrantor } from './consent.values';

export type ConsentState =
  | { readonly status: 'none' }
  | {
      readonly status: 'recorded';
      readonly facts: ConsentFacts;
      readonly grantors: readonly RecordedGrantor[];
      readonly form: ConsentRecorded['data']['form'];
      readonly recordedAt: string;
    };

export function initialConsentState(): ConsentState {
  return { status: 'none' };
}

/** The facts the evaluation needs, from the recorded event. */
export function consentFactsFrom(data: ConsentRecorded['data']): ConsentFacts {
  return {
    consentId: data.consentId,
    childId: data.childId,
    decision: data.decision,
    period: { ...data.period },
    grantees: data.grantees.map((g) => ({ ...g })),
    provision: data.provision,
  };
}

export function evolveConsent(state: ConsentState, event: ConsentEvent): ConsentState {
  switch (event.type) {
    case 'ConsentRecorded':
      return { status: 'recorded', facts: consentFactsFrom(event.data), grantors: event.data.grantors, form: event.data.form, recordedAt: event.data.recordedAt };
    case 'ConsentWithdrawn':
      return state.status === 'recorded' ? { ...state, facts: { ...state.facts, withdrawnAt: event.data.withdrawnAt } } : state;
    default: {
      // Compile-time exhaustiveness; at run time an unknown (newer) event type is skipped.
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}
