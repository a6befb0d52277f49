import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { EVENT_STORE, handleCommand, plainEventStream, type EventStore } from '@stafett/event-store';
import { CLOCK, osloTimestamp, uuidFrom, type Clock } from '@stafett/kernel';
import { anonymousConsultationDecider } from '../../../domain/anonymous-consultation.decide';
import { consultationStreamId, type AnonymousConsultationEvent } from '../../../domain/anonymous-consultation.events';
import { ConcernDirectory } from '../../concern-directory';
import { newConcernId } from '../../concern-request';
import { RecordConsultationCommand } from './record-consultation.command';

/**
 * Anonymous case discussion: a stream of its own with no child identity at all, so nothing about a
 * named child is recorded; a case may later link to it (LinkConsultationToCase).
 */
@CommandHandler(RecordConsultationCommand)
export class RecordConsultationHandler implements ICommandHandler<RecordConsultationCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CLOCK) private readonly clock: Clock,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute({ input, caller }: RecordConsultationCommand): Promise<{ consultationId: string }> {
    const consultationId = newConcernId(caller.principal, caller.idempotencyKey, 'consultation');
    const me = await this.directory.practitioner(caller.principal.practitionerId, 'actor');
    const consultedService = input.consultedUnitId ? await this.directory.service(input.consultedUnitId, 'consultedUnitId') : { serviceType: input.consultedServiceType };
    const now = this.clock.now();
    const streamId = consultationStreamId(consultationId);
    const command = { type: 'RecordAnonymousConsultation', consultationId, actor: { kind: 'practitioner', ...me }, at: osloTimestamp(now), consultedService, heldOn: input.heldOn, topic: input.topic, advice: input.advice } as const;
    // No childId in the metadata: the consultation names no child.
    await handleCommand(plainEventStream<AnonymousConsultationEvent>(this.store), streamId, anonymousConsultationDecider, (state) => anonymousConsultationDecider.decide(command, state, undefined), {
      eventId: (index) => uuidFrom(`${streamId}:${index}`),
      metadata: { correlationId: caller.correlationId ?? consultationId, actorUserId: me.practitionerId, actorServiceId: me.unitId, occurredAt: now.toISOString() },
    });
    return { consultationId };
  }
}
