import { Inject, Injectable } from '@nestjs/common';
import { osloDate, type Principal } from '@stafett/kernel';
import { OrganisationViewReader, unitServesMunicipality } from '@stafett/organisation';
import type { ConcernCommand } from '../domain/concern.commands';
import { consentQuestionFor, participationQuestionsFor, type ConcernDecisionContext } from '../domain/concern.context';
import type { ConcernState } from '../domain/concern.state';
import type { ConsentCheck } from '../domain/consent-check.port';
import { CaseFactsReader } from '../infrastructure/case-facts.reader';
import { CONSENT_CHECK } from './concern.tokens';

/**
 * Answers from the organisation, the consent register and other streams, asked before deciding so
 * that `decide` stays pure. Absent answers fail closed in the decider.
 */
@Injectable()
export class ConcernDecisionAnswers {
  constructor(
    private readonly organisation: OrganisationViewReader,
    @Inject(CONSENT_CHECK) private readonly consent: ConsentCheck,
    private readonly facts: CaseFactsReader,
  ) {}

  async contextFor(command: ConcernCommand, state: ConcernState, principal: Principal, now: Date): Promise<ConcernDecisionContext> {
    const question = consentQuestionFor(command, state);
    const context: { -readonly [K in keyof ConcernDecisionContext]: ConcernDecisionContext[K] } = { actorRoles: principal.roles };
    if (question) context.consent = await this.consent.coversService(question);
    context.participation = await this.consent.coversServices(participationQuestionsFor(state, command.at));
    if (command.type === 'AddMeasure') context.responsibleUnitId = (await this.organisation.current()).practitioners.get(command.responsiblePractitionerId)?.unitId;
    if (command.type === 'RegisterConcern') {
      context.unitServesMunicipality = unitServesMunicipality(await this.organisation.current(), command.actor.unitId, command.kommunenummer, osloDate(now));
    }
    if (command.type === 'LinkConsultationToCase') context.consultation = await this.facts.consultation(command.consultationId);
    const reportId = command.type === 'LinkReportToChildWelfare' ? command.reportId : command.type === 'DecideAtLevelZero' && command.decision?.outcome === 'report-to-child-welfare' ? command.decision.reportId : undefined;
    if (reportId !== undefined) context.report = await this.facts.report(reportId);
    // guardianHoldsParentalResponsibility stays unanswered: guardians cannot log in yet, so a guardian's closing fails closed.
    return context;
  }
}
