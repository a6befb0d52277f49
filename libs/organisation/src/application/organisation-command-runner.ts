import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, handleCommand, plainEventStream, type EventStore } from '@stafett/event-store';
import { CLOCK, uuidFrom, type Caller, type Clock } from '@stafett/kernel';
import type { OrganisationCommand } from '../domain/organisation.commands';
import { createOrganisationDecider, type OrganisationRules } from '../domain/organisation.decide';
import { ORGANISATION_STREAM_ID, type OrganisationEvent } from '../domain/organisation.events';
import type { OrganisationState } from '../domain/organisation.state';
import { DEFAULT_SERVICE_TYPES } from '../domain/service-types';

export const ORGANISATION_RULES = Symbol('ORGANISATION_RULES');
export const DEFAULT_ORGANISATION_RULES: OrganisationRules = { serviceTypes: DEFAULT_SERVICE_TYPES };

/** What a change to the organisation answers: the types of the events it appended. */
export interface OrganisationChange {
  readonly events: readonly string[];
}

/** Who changes the organisation: a practitioner, or a system component (`system:<component>`). */
export interface Actor {
  readonly userId: string;
  readonly serviceId?: string;
  readonly correlationId?: string;
  /** A client's Idempotency-Key: a retried request derives the same event ids and appends nothing new. */
  readonly idempotencyKey?: string;
}

/** The organisation's one stream: every use case loads, decides and appends here, through `handleCommand`. */
@Injectable()
export class OrganisationCommandRunner {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ORGANISATION_RULES) private readonly rules: OrganisationRules,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** An administrator's command. */
  async run(command: OrganisationCommand, caller: Caller): Promise<OrganisationChange> {
    const decider = createOrganisationDecider(this.rules);
    const { principal, correlationId, idempotencyKey } = caller;
    const events = await this.appendDecided((state) => decider.decide(command, state), { userId: principal.practitionerId, serviceId: principal.unitId, correlationId, idempotencyKey });
    return { events: events.map((event) => event.type) };
  }

  /** Appends what `decide` makes of the current state: one command, or the configuration file's sync. */
  async appendDecided(decide: (state: OrganisationState) => readonly OrganisationEvent[], actor: Actor, now: Date = this.clock.now()): Promise<readonly OrganisationEvent[]> {
    const { idempotencyKey } = actor;
    const { events } = await handleCommand(plainEventStream<OrganisationEvent>(this.store), ORGANISATION_STREAM_ID, createOrganisationDecider(this.rules), decide, {
      eventId: idempotencyKey ? (index) => uuidFrom(`${actor.userId}:${idempotencyKey}:${index}`) : undefined,
      metadata: { correlationId: actor.correlationId, actorUserId: actor.userId, actorServiceId: actor.serviceId, occurredAt: now.toISOString() },
    });
    return events;
  }
}
