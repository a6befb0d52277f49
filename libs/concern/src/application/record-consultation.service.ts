import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { uuidFrom } from '../../../organisation/src/application/organisation-commands.service';
import { anonymousConsultationDecider } from '../domain/anonymous-consultation.decide';
import { consultationStreamId } from '../domain/anonymous-consultation.events';
import type { RecordAnonymousConsultation } from '../domain/anonymous-consultation.commands';
import { CONCERN_CLOCK, newConcernId, osloTimestamp, type ConcernActor, type ConcernClock } from './concern-request';
import { ConcernDirectory } from './concern-directory';

export interface RecordConsultationInput {
  readonly consultedUnitId?: string;
  readonly consultedServiceType: string;
  readonly heldOn: string;
  readonly topic: string;
  readonly advice: string;
}

/**
 * Anonymous case discussion (anonym drøfting): a stream of its own with no child identity at all,
 * so nothing about a named child is recorded; a case may later link to it (LinkConsultationToCase).
 */
@Injectable()
export class RecordConsultation {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(CONCERN_CLOCK) private readonly clock: ConcernClock,
    private readonly directory: ConcernDirectory,
  ) {}

  async execute(input: RecordConsultationInput, actor: ConcernActor, idempotencyKey?: string): Promise<{ consultationId: string }> {
    const consultationId = newConcernId(actor.principal, idempotencyKey, 'consultation');
    const me = await this.directory.practitioner(actor.principal.practitionerId, 'actor');
    const now = this.clock.now();
    const command: RecordAnonymousConsultation = {
      type: 'RecordAnonymousConsultation',
      consultationId,
      actor: { kind: 'practitioner', ...me },
      at: osloTimestamp(now),
      consultedService: input.consultedUnitId ? await this.directory.service(input.consultedUnitId, 'consultedUnitId') : { serviceType: input.consultedServiceType },
      heldOn: input.heldOn,
      topic: input.topic,
      advice: input.advice,
    };
    const streamId = consultationStreamId(consultationId);
    const state = (await this.store.readStream(streamId)).reduce(
      (s, e) => anonymousConsultationDecider.evolve(s, e as never),
      anonymousConsultationDecider.initialState(),
    );
    const events = anonymousConsultationDecider.decide(command, state, undefined);
    if (events.length > 0) {
      // No childId in the metadata: the consultation names no child.
      await this.store.append(
        streamId,
        events.map((event, index) => ({
          id: uuidFrom(`${streamId}:${index}`),
          type: event.type,
          data: event.data,
          metadata: { correlationId: actor.correlationId ?? consultationId, actorUserId: me.practitionerId, actorServiceId: me.unitId, occurredAt: now.toISOString() },
        })),
        'no_stream',
      );
    }
    return { consultationId };
  }
}
