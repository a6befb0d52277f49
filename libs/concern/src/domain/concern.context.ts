import type { ConcernCommand } from './concern.commands';
import type { ConcernState } from './concern.state';
import type { ServiceRef } from './concern.values';
import type { ConsentDecision, ConsentQuestion } from './consent-check.port';

/** What the application read from the anonymous consultation's stream before deciding a link. */
export interface ConsultationFacts {
  readonly consultationId: string;
  readonly recordedBy: ServiceRef;
}

/** What the application read from a report of concern's stream (its routing: ids only) before deciding a link. */
export interface ReportFacts {
  readonly reportId: string;
  /** The children the report concerns. */
  readonly childIds: readonly string[];
  /** The unit in Stafett that filed it, if one did. */
  readonly reporterUnitId?: string;
}

/**
 * Answers from other aggregates and ports, looked up by the application before deciding so that
 * `decide` stays pure. Every field is optional and every check fails closed: an absent answer refuses.
 */
export interface ConcernDecisionContext {
  /** The ConsentCheck's answer to `consentQuestionFor(command, state)`. */
  readonly consent?: ConsentDecision;
  /** RegisterConcern: the actor's unit serves the child's municipality on the day (organisation coverage). */
  readonly unitServesMunicipality?: boolean;
  /** CloseCase by a guardian: they hold parental responsibility for the case's child. */
  readonly guardianHoldsParentalResponsibility?: boolean;
  /** LinkConsultationToCase: the consultation as recorded. */
  readonly consultation?: ConsultationFacts;
  /** LinkReportToChildWelfare, and a level-0 decision to report: the report named, as recorded. */
  readonly report?: ReportFacts;
  /** The acting practitioner's roles (a leader may coordinate where the rules say so). */
  readonly actorRoles?: readonly string[];
  /**
   * The ConsentCheck's answers to `participationQuestionsFor(state, at)`: whether each unit that
   * joined on a consent is still covered. A unit without a positive answer has lapsed.
   */
  readonly participation?: readonly ConsentDecision[];
  /** AddMeasure: the unit of the responsible practitioner, as the organisation knows it. */
  readonly responsibleUnitId?: string;
}

/**
 * The questions that tell whether each unit that joined the case on the family's consent is still
 * covered: the same question as when it joined, at this instant. The owning unit joined on nobody's
 * consent (it registered the concern), so it is never asked about.
 */
export function participationQuestionsFor(state: ConcernState, at: string): ConsentQuestion[] {
  if (state.status === 'unregistered') return [];
  return [...state.participants.values()]
    .filter((service) => service.unitId !== state.owningUnit.unitId)
    .map((service) => ({ childId: state.childId, service: { unitId: service.unitId, serviceType: service.serviceType }, purpose: 'join-case' as const, at }));
}

/**
 * A case links only an existing report about its own child, filed by the acting unit: a report id is
 * not a free text, and another unit's report is not the acting unit's to point at.
 */
export function reportLinkable(report: ReportFacts | undefined, reportId: string, childId: string, actorUnitId: string): boolean {
  return report?.reportId === reportId.toLowerCase() && report.childIds.includes(childId.toLowerCase()) && report.reporterUnitId === actorUnitId;
}

/**
 * The consent question this command needs answered in this state, or undefined when it needs none,
 * so that the handler has no business `if` of its own: ask the port when this returns a question.
 */
export function consentQuestionFor(command: ConcernCommand, state: ConcernState): ConsentQuestion | undefined {
  if (state.status !== 'open') return undefined;
  const ask = (service: ServiceRef, purpose: ConsentQuestion['purpose']): ConsentQuestion => ({
    childId: state.childId,
    service: { unitId: service.unitId, serviceType: service.serviceType },
    purpose,
    at: command.at,
  });
  switch (command.type) {
    case 'OpenStafettlogg':
      return state.stafettholder ? ask(state.stafettholder, 'open-stafettlogg') : undefined;
    case 'AddParticipatingService':
      return state.participants.has(command.service.unitId) ? undefined : ask(command.service, 'join-case');
    case 'AcceptHandover': {
      const receiver = state.pendingHandover?.to;
      return receiver && !state.participants.has(receiver.unitId) ? ask(receiver, 'take-over-stafettlogg') : undefined;
    }
    default:
      return undefined;
  }
}
