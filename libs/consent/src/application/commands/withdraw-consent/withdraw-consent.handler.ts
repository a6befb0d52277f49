import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, plainEventStream, type EventStore } from '@stafett/event-store';
import { CLOCK, isUuid, osloTimestamp, type Clock } from '@stafett/kernel';
import { consentDecider } from '../../../domain/consent.decide';
import type { ConsentEvent, ConsentWithdrawn } from '../../../domain/consent.events';
import { ConsentNotFoundError } from '../../../domain/consent.refusals';
import type { ConsentState } from '../../../domain/consent.state';
import { consentStreamId, type ConsentRules } from '../../../domain/consent.values';
import { ConsentChild } from '../../consent-child';
import { CONSENT_RULES, consentEventIds, consentMetadata, recorderOf } from '../../consent-request';
import { WithdrawConsentCommand } from './withdraw-consent.command';

type RecordedConsent = Extract<ConsentState, { status: 'recorded' }>;

/** Access check, then decide and append to the consent's stream; a consent of another child does not exist, seen from this one. */
@CommandHandler(WithdrawConsentCommand)
export class WithdrawConsentHandler implements ICommandHandler<WithdrawConsentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly child: ConsentChild,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, consentId: givenConsentId, input, caller }: WithdrawConsentCommand): Promise<{ consentId: string; withdrawnAt: string }> {
    const now = this.clock.now();
    const { childId: id, coordinates } = await this.child.accessible(childId, caller.principal, now);
    if (!isUuid(givenConsentId)) throw new ConsentNotFoundError(String(givenConsentId));
    const consentId = givenConsentId.toLowerCase();
    const ofThisChild = (state: ConsentState): state is RecordedConsent => state.status === 'recorded' && state.facts.childId === id;
    const handled = await handleCommand(
      plainEventStream<ConsentEvent>(this.store),
      consentStreamId(consentId),
      consentDecider,
      (state) => {
        if (!ofThisChild(state)) throw new ConsentNotFoundError(consentId);
        const command = { type: 'WithdrawConsent', consentId: state.facts.consentId, withdrawnBy: { kind: 'practitioner', onBehalfOf: input.onBehalfOf }, actor: recorderOf(caller), at: osloTimestamp(now) } as const;
        return consentDecider.decide(command, state, { rules: this.rules, recorderCoordinates: coordinates });
      },
      { eventId: consentEventIds(caller, `consent-withdrawn:${consentId}`), metadata: consentMetadata(caller, id, now) },
    );
    // A retry is answered from what it appended then, once the consent is seen to be this child's.
    if (!ofThisChild(handled.before)) throw new ConsentNotFoundError(consentId);
    return { consentId: handled.before.facts.consentId, withdrawnAt: (handled.events[0] as ConsentWithdrawn).data.withdrawnAt };
  }
}
