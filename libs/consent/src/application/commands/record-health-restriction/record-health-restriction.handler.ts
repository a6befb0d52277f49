import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, plainEventStream, type EventStore } from '@stafett/event-store';
import { CLOCK, osloTimestamp, type Clock } from '@stafett/kernel';
import { DEFAULT_SERVICE_TYPES, findServiceType } from '@stafett/organisation';
import type { ConsentRules } from '../../../domain/consent.values';
import { decideGuardianHealth, guardianHealthModel, guardianHealthStreamId, type GuardianHealthCommand, type GuardianHealthEvent } from '../../../domain/guardian-health';
import { ConsentChild } from '../../consent-child';
import { CONSENT_RULES, consentEventIds, consentMetadata, recorderOf } from '../../consent-request';
import { RecordHealthRestrictionCommand } from './record-health-restriction.command';

const COMMAND_TYPES = { withhold: 'WithholdHealthInformationFromGuardians', release: 'ReleaseHealthInformationToGuardians' } as const;

/** Access check, the child's age, then decide on the child's stream; a wish already in the wanted state appends nothing. */
@CommandHandler(RecordHealthRestrictionCommand)
export class RecordHealthRestrictionHandler implements ICommandHandler<RecordHealthRestrictionCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly child: ConsentChild,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, wish, caller }: RecordHealthRestrictionCommand): Promise<{ childId: string; withheld: boolean }> {
    const now = this.clock.now();
    const { childId: id, registration } = await this.child.accessible(childId, caller.principal, now);
    const { childBirthDate } = await this.child.parties(id, registration);
    const command: GuardianHealthCommand = { type: COMMAND_TYPES[wish], childId: id, actor: recorderOf(caller), at: osloTimestamp(now) };
    // accessible() has found the caller's unit in one of the child's cases; its family says whether it is a health service.
    const context = { rules: this.rules, childBirthDate, recorderIsHealthServiceOfChild: findServiceType(DEFAULT_SERVICE_TYPES, caller.principal.serviceType)?.family === 'health' };
    await handleCommand(plainEventStream<GuardianHealthEvent>(this.store), guardianHealthStreamId(id), guardianHealthModel, (withheld) => decideGuardianHealth(command, withheld, context), {
      eventId: consentEventIds(caller, `guardian-health:${id}:${command.type}`),
      metadata: consentMetadata(caller, id, now),
    });
    return { childId: id, withheld: wish === 'withhold' };
  }
}
