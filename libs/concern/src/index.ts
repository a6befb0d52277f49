// The public API of the concern context (issue 4): the BTI case as a pure decider, and the anonymous
// consultation. Test helpers under domain/testing are not exported here.

export * from './domain/concern.values';
export * from './domain/concern.rules';
export { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './domain/concern.validation';
export * from './domain/concern.commands';
export * from './domain/concern.events';
export * from './domain/concern.state';
export * from './domain/concern.context';
export * from './domain/concern.refusals';
export * from './domain/concern-authority.refusals';
export { lapsedParticipants } from './domain/decide/authority';
export * from './domain/concern.decide';
export * from './domain/consent-check.port';
export { CONSENT_CHECK, CONCERN_RULES } from './application/concern.tokens';

export * from './domain/anonymous-consultation.commands';
export * from './domain/anonymous-consultation.events';
export * from './domain/anonymous-consultation.state';
export * from './domain/anonymous-consultation.decide';

// Application (NestJS): commands with encrypted free texts, the child's cases, the module. Reads of a
// case are the disclosure module's (libs/access).
export * from './infrastructure/concern-sensitive-fields';
export * from './infrastructure/concern-case.store';
export { newConcernId, type ConcernActor } from './application/concern-request';
export * from './application/concern-participation';
export * from './application/concern-command-runner';
export * from './application/concern-commands.service';
export * from './application/concern-directory';
export * from './concern.module';
export * from './domain/case-relation';
export * from './application/child-cases.reader';

// read side, for the composition root
export { concernReadSide } from './concern.read-side';
// exported for consent/access (the disclosure module reads cases through it)
export { ConcernCaseStore, type LoadedCase } from './application/concern-case.store';
export * from './read-models/child-cases/child-cases.reader';
export * from './read-models/case-worklist/case-worklist.reader';

// Use cases (CommandBus / QueryBus).
export * from './application/commands/record-consultation/record-consultation.command';
export * from './application/commands/accept-handover/accept-handover.command';
export * from './application/commands/add-measure/add-measure.command';
export * from './application/commands/add-participating-service/add-participating-service.command';
export * from './application/commands/appoint-stafettholder/appoint-stafettholder.command';
export * from './application/commands/change-level/change-level.command';
export * from './application/commands/close-case/close-case.command';
export * from './application/commands/decide-at-level-zero/decide-at-level-zero.command';
export * from './application/commands/decline-handover/decline-handover.command';
export * from './application/commands/end-measure/end-measure.command';
export * from './application/commands/evaluate-measure/evaluate-measure.command';
export * from './application/commands/link-consultation-to-case/link-consultation-to-case.command';
export * from './application/commands/link-report-to-child-welfare/link-report-to-child-welfare.command';
export * from './application/commands/open-stafettlogg/open-stafettlogg.command';
export * from './application/commands/propose-handover/propose-handover.command';
export * from './application/commands/record-agreement/record-agreement.command';
export * from './application/commands/record-meeting/record-meeting.command';
export * from './application/commands/record-necessary-conversation/record-necessary-conversation.command';
export * from './application/commands/register-concern/register-concern.command';
export * from './application/commands/reopen-case/reopen-case.command';
export * from './application/commands/set-goal/set-goal.command';
export * from './application/commands/withdraw-handover/withdraw-handover.command';
export * from './application/queries/list-cases-without-stafettholder/list-cases-without-stafettholder.query';
export * from './application/queries/list-evaluations-due/list-evaluations-due.query';
export * from './application/queries/list-handovers-waiting/list-handovers-waiting.query';
export * from './application/queries/list-level-zero-decisions/list-level-zero-decisions.query';
export * from './application/queries/list-open-cases/list-open-cases.query';

// The read side, for the composition root (projections and migrations).
export { CaseWorklistProjection } from './read-models/case-worklist/case-worklist.projection';
export { CreateCaseWorklists1732000000500 } from './read-models/migrations/1732000000500-create-case-worklists';
export { IndexCaseWorklistByChild1732000000900 } from './read-models/migrations/1732000000900-index-case-worklist-by-child';
// exported for lysglimt (issue 12 item 11)
export * from './domain/positive-observation';
export * from './application/commands/record-positive-observation/record-positive-observation.command';
