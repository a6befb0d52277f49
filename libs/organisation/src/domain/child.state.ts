import type { LookupHash } from '@stafett/identity';
import type { ChildEvent } from './child.events';

/** Only what decisions need; the encrypted personal fields stay in the events. */
export type ChildState =
  | { readonly status: 'unregistered' }
  | {
      readonly status: 'registered';
      readonly childId: string;
      readonly born: boolean;
      readonly homeMunicipality: string;
      readonly nationalIdLookup?: LookupHash;
      readonly guardianLookups: readonly LookupHash[];
    };

export function initialChildState(): ChildState {
  return { status: 'unregistered' };
}

export function evolveChild(state: ChildState, event: ChildEvent): ChildState {
  switch (event.type) {
    case 'ChildRegistered': {
      const { childId, subject, homeMunicipality, guardians } = event.data;
      return {
        status: 'registered',
        childId,
        born: subject.kind === 'born',
        homeMunicipality,
        ...(subject.kind === 'born' ? { nationalIdLookup: subject.nationalIdLookup } : {}),
        guardianLookups: guardians.map((guardian) => guardian.nationalIdLookup),
      };
    }
    default: {
      // Compile-time exhaustiveness; at run time an unknown (newer) event type is skipped.
      const unhandled: never = event.type;
      void unhandled;
      return state;
    }
  }
}
