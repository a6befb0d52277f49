import { uuidFrom, osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { ForbiddenProblem, MunicipalityAccess, type Principal } from '@stafett/auth';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore } from '@stafett/event-store';
import { ChildKeyNotFoundError, type ChildCipher } from '@stafett/identity';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { unitServesMunicipality } from '../../../organisation/src/domain/organisation.queries';
import { isEntityId } from '../../../organisation/src/domain/organisation.validation';
import { OrganisationViewReader } from '../../../organisation/src/read-models/organisation-view/organisation-view.reader';
import { consultationStreamId, type AnonymousConsultationRecorded } from '../domain/anonymous-consultation.events';
import type { ConcernCommand } from '../domain/concern.commands';
import { consentQuestionFor, participationQuestionsFor, type ConcernDecisionContext, type ConsultationFacts, type ReportFacts } from '../domain/concern.context';
import { decideConcern } from '../domain/concern.decide';
import type { ConcernEvent } from '../domain/concern.events';
import type { ConcernRules, ConcernRulesSource } from '../domain/concern.rules';
import type { ConcernState } from '../domain/concern.state';
import { serviceRefOf, type PractitionerActor } from '../domain/concern.values';
import type { ConsentCheck } from '../domain/consent-check.port';
import { ConcernCaseStore } from './concern-case.store';
import { mayTakePartIn } from './concern-participation';
import { CONCERN_CLOCK, osloTimestamp, type ConcernActor, type ConcernClock } from './concern-request';

export const CONSENT_CHECK = Symbol('CONSENT_CHECK');
export const CONCERN_RULES = Symbol('CONCERN_RULES');

type WithoutEnvelope<C> = C extends unknown ? Omit<C, 'actor' | 'at'> : never;

/** A command as a request gives it: the acting practitioner and the instant are the server's to fill in. */
export type ConcernCommandRequest = WithoutEnvelope<ConcernCommand>;

const MAX_ATTEMPTS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** One reason for every refusal, so that even the server log does not sort unknown cases from others. */
const refusal = (): ForbiddenProblem => new ForbiddenProblem('case unknown, or the unit does not take part in it');

/**
 * Load the case, check that the caller's unit takes part, ask the ports the decider needs answered,
 * decide, and append with the expected version (retrying on a concurrent change). An unknown case
 * and a case the caller's unit has no part in give the same 403.
 */
@Injectable()
export class ConcernCommands {
  constructor(
    private readonly cases: ConcernCaseStore,
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly organisation: OrganisationViewReader,
    private readonly access: MunicipalityAccess,
    @Inject(CONSENT_CHECK) private readonly consent: ConsentCheck,
    @Inject(CONCERN_RULES) private readonly rules: ConcernRulesSource,
    @Inject(CONCERN_CLOCK) private readonly clock: ConcernClock,
  ) {}

  async execute(request: ConcernCommandRequest, actor: ConcernActor, idempotencyKey?: string): Promise<readonly ConcernEvent[]> {
    const now = this.clock.now();
    const { principal } = actor;
    const command = { ...request, actor: practitionerActor(principal), at: osloTimestamp(now) } as ConcernCommand;
    if (typeof command.caseId !== 'string' || !UUID.test(command.caseId)) throw refusal();
    const caseId = command.caseId.toLowerCase();
    if (command.type === 'RegisterConcern') await this.access.assertMayActFor(principal, command.kommunenummer, now);
    const eventId = (index: number): string =>
      idempotencyKey ? uuidFrom(`concern:${caseId}:${principal.practitionerId}:${idempotencyKey}:${index}`) : randomUUID();

    for (let attempt = 1; ; attempt++) {
      const loaded = await this.cases.load(caseId);
      if (idempotencyKey && loaded.recorded.some((e) => e.id === eventId(0))) {
        // A retry of a request that was stored already: answer with what it appended.
        const ours = new Set(loaded.recorded.map((_, i) => eventId(i)));
        return loaded.events.filter((_, i) => ours.has(loaded.recorded[i].id));
      }
      if (command.type !== 'RegisterConcern' && !mayTakePartIn(loaded.state, principal.unitId, command.type)) throw refusal();
      if (loaded.erased && loaded.state.status !== 'unregistered') throw new ChildPersonalDataErasedError(loaded.state.childId);
      const cipher = await this.cipherFor(command, loaded.state);
      const events = decideConcern(command, loaded.state, await this.contextFor(command, loaded.state, principal, now), this.rulesOf(command, loaded.state));
      if (events.length === 0) return events;
      const childId = cipher.childId;
      try {
        await this.cases.append(caseId, events, events.map((_, i) => eventId(i)), loaded.version, cipher, {
          childId,
          actorUserId: principal.practitionerId,
          actorServiceId: principal.unitId,
          correlationId: actor.correlationId,
          occurredAt: now.toISOString(),
        });
        return events;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  /** The child's cipher; a concern about a child that was never registered is refused like any other "no". */
  private async cipherFor(command: ConcernCommand, state: ConcernState): Promise<ChildCipher> {
    const childId = command.type === 'RegisterConcern' ? command.childId : state.status === 'unregistered' ? undefined : state.childId;
    if (typeof childId !== 'string' || !UUID.test(childId)) throw refusal();
    try {
      return await this.cases.cipherForChild(childId.toLowerCase());
    } catch (error) {
      if (error instanceof ChildKeyNotFoundError) throw refusal();
      throw error;
    }
  }

  /** The rules of the municipality the case belongs to. */
  private rulesOf(command: ConcernCommand, state: ConcernState): ConcernRules {
    return this.rules.forMunicipality(state.status === 'unregistered' ? String((command as { kommunenummer?: unknown }).kommunenummer) : state.kommunenummer);
  }

  /** Answers from the organisation, the consent registry and other streams; absent answers fail closed. */
  private async contextFor(command: ConcernCommand, state: ConcernState, principal: Principal, now: Date): Promise<ConcernDecisionContext> {
    const question = consentQuestionFor(command, state);
    const context: { -readonly [K in keyof ConcernDecisionContext]: ConcernDecisionContext[K] } = { actorRoles: principal.roles };
    if (question) context.consent = await this.consent.coversService(question);
    context.participation = await this.consent.coversServices(participationQuestionsFor(state, command.at));
    if (command.type === 'AddMeasure') context.responsibleUnitId = (await this.organisation.current()).practitioners.get(command.responsiblePractitionerId)?.unitId;
    if (command.type === 'RegisterConcern') {
      context.unitServesMunicipality = unitServesMunicipality(await this.organisation.current(), command.actor.unitId, command.kommunenummer, osloDate(now));
    }
    if (command.type === 'LinkConsultationToCase') context.consultation = await this.consultation(command.consultationId);
    const reportId = command.type === 'LinkReportToChildWelfare' ? command.reportId : command.type === 'DecideAtLevelZero' && command.decision?.outcome === 'report-to-child-welfare' ? command.decision.reportId : undefined;
    if (reportId !== undefined) context.report = await this.report(reportId);
    // guardianHoldsParentalResponsibility stays unanswered: guardians cannot log in yet, so a guardian's closing fails closed.
    return context;
  }

  /** The report's routing as its first event records it (ids only; the report's content is never read here). */
  private async report(reportId: string): Promise<ReportFacts | undefined> {
    if (typeof reportId !== 'string' || !UUID.test(reportId)) return undefined;
    const [first] = await this.store.readStream(`report-${reportId.toLowerCase()}`, { maxCount: 1 });
    const routing = (first?.metadata as { report?: { reportId?: unknown; childIds?: unknown; reporterUnitId?: unknown } } | undefined)?.report;
    if (!routing || typeof routing.reportId !== 'string' || !Array.isArray(routing.childIds)) return undefined;
    return {
      reportId: routing.reportId.toLowerCase(),
      childIds: routing.childIds.filter((id): id is string => typeof id === 'string').map((id) => id.toLowerCase()),
      ...(typeof routing.reporterUnitId === 'string' ? { reporterUnitId: routing.reporterUnitId } : {}),
    };
  }

  private async consultation(consultationId: string): Promise<ConsultationFacts | undefined> {
    if (!isEntityId(consultationId)) return undefined;
    const events = await this.store.readStream(consultationStreamId(consultationId));
    const recorded = events.find((e) => e.type === 'AnonymousConsultationRecorded') as unknown as AnonymousConsultationRecorded | undefined;
    return recorded ? { consultationId: recorded.data.consultationId, recordedBy: serviceRefOf(recorded.data.by) } : undefined;
  }
}

function practitionerActor(principal: Principal): PractitionerActor {
  return { kind: 'practitioner', practitionerId: principal.practitionerId, unitId: principal.unitId, serviceType: principal.serviceType };
}
