import { uuidFrom } from '@stafett/kernel';
import { createHash } from 'node:crypto';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type NewEvent } from '@stafett/event-store';
import type { OrganisationCommand } from '../domain/organisation.commands';
import { createOrganisationDecider, type OrganisationRules } from '../domain/organisation.decide';
import { ORGANISATION_STREAM_ID, type OrganisationEvent } from '../domain/organisation.events';
import { evolveOrganisation, initialOrganisationState, type OrganisationState } from '../domain/organisation.state';
import { DEFAULT_SERVICE_TYPES } from '../config/service-types';

export const ORGANISATION_RULES = Symbol('ORGANISATION_RULES');

export interface Actor {
  readonly userId: string;
  readonly serviceId?: string;
  readonly correlationId?: string;
  /** A client's Idempotency-Key: a retried request derives the same event ids and appends nothing new. */
  readonly idempotencyKey?: string;
}

const MAX_ATTEMPTS = 5;

/** Load the organisation stream, decide, append with the expected version; retry on a concurrent change. */
@Injectable()
export class OrganisationCommands {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ORGANISATION_RULES) private readonly rules: OrganisationRules,
  ) {}

  async load(): Promise<{ state: OrganisationState; version: bigint }> {
    const events = await this.store.readStream(ORGANISATION_STREAM_ID);
    const state = events.reduce((s, e) => evolveOrganisation(s, e as unknown as OrganisationEvent), initialOrganisationState());
    return { state, version: BigInt(events.length) };
  }

  async execute(command: OrganisationCommand, actor: Actor, now: Date = new Date()): Promise<readonly OrganisationEvent[]> {
    return this.appendDecided(actor, now, (state) => createOrganisationDecider(this.rules).decide(command, state));
  }

  /** Appends events decided against the current state (one command, or a configuration sync). */
  async appendDecided(actor: Actor, now: Date, decide: (state: OrganisationState) => readonly OrganisationEvent[]): Promise<readonly OrganisationEvent[]> {
    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.load();
      const events = decide(state);
      if (events.length === 0) return events;
      try {
        await this.store.append(ORGANISATION_STREAM_ID, events.map((e, i) => this.toNewEvent(e, i, actor, now)), version === 0n ? 'no_stream' : version);
        return events;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private toNewEvent(event: OrganisationEvent, index: number, actor: Actor, now: Date): NewEvent {
    return {
      id: actor.idempotencyKey ? uuidFrom(`${actor.userId}:${actor.idempotencyKey}:${index}`) : randomUUID(),
      type: event.type,
      data: event.data,
      metadata: {
        correlationId: actor.correlationId ?? randomUUID(),
        actorUserId: actor.userId,
        actorServiceId: actor.serviceId,
        occurredAt: now.toISOString(),
      },
    };
  }
}


export const DEFAULT_ORGANISATION_RULES: OrganisationRules = { serviceTypes: DEFAULT_SERVICE_TYPES };
