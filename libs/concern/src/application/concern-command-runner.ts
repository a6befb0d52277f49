import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, MunicipalityAccess } from '@stafett/auth';
import { handleCommand, type EventMetadata, type EventStream } from '@stafett/event-store';
import { ChildKeyNotFoundError, PersonalDataErasedError, type EncryptingEventStream } from '@stafett/identity';
import { CLOCK, isUuid, osloTimestamp, uuidFrom, type Caller, type Clock, type Principal } from '@stafett/kernel';
import { ChildPersonalDataErasedError } from '@stafett/organisation';
import type { ConcernCommand } from '../domain/concern.commands';
import { decideConcern } from '../domain/concern.decide';
import { concernStreamId, type ConcernEvent } from '../domain/concern.events';
import type { ConcernRules, ConcernRulesSource } from '../domain/concern.rules';
import { evolveConcern, initialConcernState, type ConcernState } from '../domain/concern.state';
import type { PractitionerActor } from '../domain/concern.values';
import { ConcernCaseStore } from '../infrastructure/concern-case.store';
import { ConcernDecisionAnswers } from './concern-decision-context';
import { mayTakePartIn } from './concern-participation';
import { CONCERN_RULES } from './concern.tokens';

type WithoutEnvelope<C> = C extends unknown ? Omit<C, 'actor' | 'at'> : never;

/** A command as a request gives it: the acting practitioner and the instant are the server's to fill in. */
export type ConcernCommandRequest = WithoutEnvelope<ConcernCommand>;

/** A case command's input as a request gives it, without the type and the ids the handler makes. */
export type CaseCommandInput<T extends ConcernCommand['type'], Made extends string = never> = Omit<Extract<ConcernCommandRequest, { type: T }>, 'type' | Made>;

/** What a case command answers: the types of the events appended, never their texts. */
export interface CaseCommandResult {
  readonly events: string[];
}

/** One reason for every refusal, so that even the server log does not sort unknown cases from others. */
const refusal = (): ForbiddenProblem => new ForbiddenProblem('case unknown, or the unit does not take part in it');

/**
 * The pipeline every case command shares: check that the caller's unit takes part, read the case
 * through the encrypting stream, ask the ports the decider needs answered, decide, and append with
 * the expected version (handleCommand retries on a concurrent change and answers a retried
 * Idempotency-Key with what it appended then). An unknown case and a case the caller's unit has no
 * part in give the same 403.
 */
@Injectable()
export class ConcernCommandRunner {
  constructor(
    private readonly cases: ConcernCaseStore,
    private readonly answers: ConcernDecisionAnswers,
    private readonly access: MunicipalityAccess,
    @Inject(CONCERN_RULES) private readonly rules: ConcernRulesSource,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async run(request: ConcernCommandRequest, caller: Caller): Promise<CaseCommandResult> {
    const events = await this.execute(request, caller);
    return { events: events.map((event) => event.type) };
  }

  /** The events appended (or, for a retry, appended by the first request). */
  async execute(request: ConcernCommandRequest, caller: Caller): Promise<readonly ConcernEvent[]> {
    const now = this.clock.now();
    const { principal, idempotencyKey } = caller;
    const command = { ...request, actor: practitionerActor(principal), at: osloTimestamp(now) } as ConcernCommand;
    if (!isUuid(command.caseId)) throw refusal();
    const caseId = command.caseId.toLowerCase();
    if (command.type === 'RegisterConcern') await this.access.assertMayActFor(principal, command.kommunenummer, now);
    const stream = new SealedForChild(this.cases.stream);
    const decide = async (state: ConcernState, loaded: { readonly erased: boolean }): Promise<readonly ConcernEvent[]> => {
      if (command.type !== 'RegisterConcern' && !mayTakePartIn(state, principal.unitId, command.type)) throw refusal();
      if (loaded.erased && state.status !== 'unregistered') throw new ChildPersonalDataErasedError(state.childId);
      stream.sealFor(await this.childOf(command, state));
      return decideConcern(command, state, await this.answers.contextFor(command, state, principal, now), this.rulesOf(command, state));
    };
    const handled = await handleCommand(stream, concernStreamId(caseId), { evolve: evolveConcern, initialState: initialConcernState }, decide, {
      eventId: idempotencyKey ? (index) => uuidFrom(`concern:${caseId}:${principal.practitionerId}:${idempotencyKey}:${index}`) : undefined,
      metadata: { actorUserId: principal.practitionerId, actorServiceId: principal.unitId, correlationId: caller.correlationId, occurredAt: now.toISOString() },
    });
    return handled.events;
  }

  /** The child whose key seals the case; a concern about a child that was never registered is refused like any other "no". */
  private async childOf(command: ConcernCommand, state: ConcernState): Promise<string> {
    const childId = command.type === 'RegisterConcern' ? command.childId : state.status === 'unregistered' ? undefined : state.childId;
    if (!isUuid(childId)) throw refusal();
    const keyOwner = childId.toLowerCase();
    try {
      await this.cases.stream.cipher({ keyOwner });
    } catch (error) {
      if (error instanceof ChildKeyNotFoundError) throw refusal();
      if (error instanceof PersonalDataErasedError) throw new ChildPersonalDataErasedError(keyOwner);
      throw error;
    }
    return keyOwner;
  }

  /** The rules of the municipality the case belongs to. */
  private rulesOf(command: ConcernCommand, state: ConcernState): ConcernRules {
    return this.rules.forMunicipality(state.status === 'unregistered' ? String((command as { kommunenummer?: unknown }).kommunenummer) : state.kommunenummer);
  }
}

/** The case stream, sealing under the key of the child the case is about: known only once the case is read. */
class SealedForChild implements EventStream<ConcernEvent> {
  private childId?: string;

  constructor(private readonly stream: EncryptingEventStream<ConcernEvent>) {}

  sealFor(childId: string): void {
    this.childId = childId;
  }

  read(streamId: string) {
    return this.stream.read(streamId);
  }

  append(streamId: string, events: readonly ConcernEvent[], eventIds: readonly string[], expected: bigint, metadata: EventMetadata): Promise<void> {
    if (!this.childId) throw new Error(`append to ${streamId} before the case's child is known`);
    return this.stream.writingAs({ keyOwner: this.childId, metadata: { childId: this.childId } }).append(streamId, events, eventIds, expected, metadata);
  }
}

function practitionerActor(principal: Principal): PractitionerActor {
  return { kind: 'practitioner', practitionerId: principal.practitionerId, unitId: principal.unitId, serviceType: principal.serviceType };
}
