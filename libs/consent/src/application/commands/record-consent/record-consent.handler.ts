import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, plainEventStream, type EventStore } from '@stafett/event-store';
import { CLOCK, idFor, osloTimestamp, type Clock } from '@stafett/kernel';
import { consentDecider } from '../../../domain/consent.decide';
import type { ConsentEvent } from '../../../domain/consent.events';
import { consentStreamId, type ConsentRules } from '../../../domain/consent.values';
import { ConsentChild } from '../../consent-child';
import { ConsentOrganisationAnswers } from '../../consent-organisation';
import { CONSENT_RULES, consentEventIds, consentMetadata, recorderOf } from '../../consent-request';
import { RecordConsentCommand } from './record-consent.command';

/** Access check (the caller's unit coordinates one of the child's cases), then decide and append to the consent's own stream. */
@CommandHandler(RecordConsentCommand)
export class RecordConsentHandler implements ICommandHandler<RecordConsentCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly child: ConsentChild,
    private readonly organisation: ConsentOrganisationAnswers,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, input, caller }: RecordConsentCommand): Promise<{ consentId: string }> {
    const now = this.clock.now();
    const { childId: id, registration, coordinates } = await this.child.accessible(childId, caller.principal, now);
    const consentId = idFor(caller.idempotencyKey, `consent:consent-id:${caller.principal.practitionerId}`);
    const command = { type: 'RecordConsent', consentId, childId: id, ...input, actor: recorderOf(caller), at: osloTimestamp(now) } as const;
    await handleCommand(
      plainEventStream<ConsentEvent>(this.store),
      consentStreamId(consentId),
      consentDecider,
      async (state) => {
        const context = { rules: this.rules, parties: await this.child.parties(id, registration), recorderCoordinates: coordinates, organisation: await this.organisation.current() };
        return consentDecider.decide(command, state, context);
      },
      { eventId: consentEventIds(caller, `consent-recorded:${consentId}`), metadata: consentMetadata(caller, id, now) },
    );
    return { consentId };
  }
}
