import type { ConsentProvision } from './consent-vocabulary';
import type { DomainEvent } from '@stafett/kernel';
import type { WithdrawnBy } from './consent.commands';
import type { ConsentForm, ConsentRecorder, GrantorRef, Grantee, RecordedGrantor } from './consent.values';

/** No names and no national ids: grantors are positions in the child's registration. */
export type ConsentRecorded = DomainEvent<
  'ConsentRecorded',
  {
    consentId: string;
    childId: string;
    grantors: RecordedGrantor[];
    /** Required parties who did not grant, and the accepted reason why. */
    missingParties?: GrantorRef[];
    missingPartyReason?: string;
    grantees: Grantee[];
    decision: 'permit' | 'deny';
    period: { from: string; to?: string };
    provision: ConsentProvision;
    form: ConsentForm;
    recordedBy: ConsentRecorder;
    recordedAt: string;
  }
>;

export type ConsentWithdrawn = DomainEvent<
  'ConsentWithdrawn',
  {
    consentId: string;
    childId: string;
    withdrawnBy: WithdrawnBy;
    recordedBy: ConsentRecorder;
    /** Effective from this instant. */
    withdrawnAt: string;
  }
>;

export type ConsentEvent = ConsentRecorded | ConsentWithdrawn;
