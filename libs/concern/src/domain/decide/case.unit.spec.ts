import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { ConcernCommand, RegisterConcern } from '../concern.commands';
import { createConcernDecider } from '../concern.decide';
import { CaseAlreadyRegisteredError, CaseClosedError, CaseNotClosedError, CaseNotFoundError, ConsultationNotLinkableError, GuardianMayNotCloseError, LevelZeroDecisionPendingError, UnitDoesNotServeMunicipalityError, ReportNotLinkableError } from '../concern.refusals';
import { concernRules } from '../concern.rules';
import {
  allowed,
  AT,
  atLevelOne,
  by,
  caseId,
  childId,
  closedBy,
  decided,
  expectNoPersonalData,
  LATER,
  registered,
  reportedAtLevelZero,
  school,
  teacher,
  withClinic,
  clinic,
  reportFiledBy,
} from '../testing/concern.fixtures';

const decider = createConcernDecider();
const spec = deciderSpec(decider, allowed);

const register: RegisterConcern = {
  type: 'RegisterConcern',
  caseId,
  childId,
  kommunenummer: '5029',
  actor: teacher,
  at: AT,
  concern: { observations: 'SECRET: sliten og sulten hver morgen', since: 'SECRET: siden høstferien' },
};

describe('RegisterConcern', () => {
  it('opens the case at level 0 with the decision deadline from the rules (default 14 days)', () =>
    spec.given([]).when(register).then([registered]));

  it('uses the municipality’s own deadline and keeps the child’s own words', () =>
    deciderSpec(createConcernDecider(concernRules({ decisionDeadlineDays: 10 })), allowed)
      .given([])
      .when({ ...register, concern: { ...register.concern, earlierConcerns: 'SECRET: før', childsOwnWords: 'SECRET: «jeg er sulten»' } })
      .then([
        {
          ...registered,
          data: {
            ...registered.data,
            concern: { ...registered.data.concern, earlierConcerns: 'SECRET: før', childsOwnWords: 'SECRET: «jeg er sulten»' },
            decisionDueOn: '2026-03-12',
          },
        },
      ]));

  it('refuses a unit that does not serve the child’s municipality (and fails closed without an answer)', () => {
    deciderSpec(decider, {}).given([]).when(register).thenThrows(UnitDoesNotServeMunicipalityError);
    deciderSpec(decider, { unitServesMunicipality: false }).given([]).when(register).thenThrows(UnitDoesNotServeMunicipalityError);
  });

  it('refuses a second registration', () => spec.given([registered]).when(register).thenThrows(CaseAlreadyRegisteredError));

  it('lists every bad field without repeating the free texts', () =>
    spec
      .given([])
      .when({ ...register, childId: 'barn-1', at: '2026-03-02 09:00', concern: { observations: ' ', since: 'SECRET'.repeat(100) } })
      .thenThrows(InvalidCommandError, (error) => {
        expect(error.problems.map((p) => p.field)).toEqual(['at', 'childId', 'concern.observations', 'concern.since']);
        expectNoPersonalData(error);
      }));
});

describe('RecordNecessaryConversation', () => {
  const conversation = {
    heldOn: '2026-03-02',
    participants: ['mor', 'far', 'kontaktlærer', 'inspektør'],
    summarySharedWithGuardians: true,
    guardiansInformed: true,
    childInformed: true,
  };

  it('records when, who, and whether the summary was shared', () =>
    spec
      .given([registered])
      .when({ type: 'RecordNecessaryConversation', caseId, actor: teacher, at: AT, conversation })
      .then([{ type: 'NecessaryConversationRecorded', data: { ...by(), ...conversation } }]));

  it('records why the child was not informed', () =>
    spec
      .given([registered])
      .when({
        type: 'RecordNecessaryConversation',
        caseId,
        actor: teacher,
        at: AT,
        conversation: { ...conversation, childInformed: false, notInformedReason: 'SECRET: barnet er to år' },
      })
      .then([
        { type: 'NecessaryConversationRecorded', data: { ...by(), ...conversation, childInformed: false, notInformedReason: 'SECRET: barnet er to år' } },
      ]));

  it('refuses an uninformed guardian without a reason, a conversation in the future and no participants', () =>
    spec
      .given([registered])
      .when({
        type: 'RecordNecessaryConversation',
        caseId,
        actor: teacher,
        at: AT,
        conversation: { ...conversation, heldOn: '2026-03-03', participants: [], guardiansInformed: false },
      })
      .thenThrows(InvalidCommandError, (error) =>
        expect(error.problems.map((p) => p.field)).toEqual(['conversation.heldOn', 'conversation.participants', 'conversation.notInformedReason']),
      ));

  it('refuses a case that does not exist', () =>
    spec.given([]).when({ type: 'RecordNecessaryConversation', caseId, actor: teacher, at: AT, conversation }).thenThrows(CaseNotFoundError));
});

describe('LinkReportToChildWelfare', () => {
  const link = { type: 'LinkReportToChildWelfare', caseId, actor: teacher, at: AT, reportId: 'melding-1' } as const;

  it('links a report at level 0, before any decision', () =>
    deciderSpec(decider, { ...allowed, ...reportFiledBy(school) })
      .given([registered])
      .when(link)
      .then([{ type: 'ReportToChildWelfareLinked', data: { ...by(), reportId: 'melding-1', level: 0 } }]));

  it('links a report at level 2 without asking for consent, even when the consent answer is negative', () =>
    deciderSpec(decider, {
      ...reportFiledBy(school),
      consent: { covered: false, reason: 'withdrawn', question: { childId, service: school, purpose: 'join-case', at: AT } },
    })
      .given(withClinic)
      .when(link)
      .then([{ type: 'ReportToChildWelfareLinked', data: { ...by(), reportId: 'melding-1', level: 2 } }]));

  it.each([
    ['an unknown report', {}],
    ['a report about another child', reportFiledBy(school, '00000000-0000-4000-8000-000000000001')],
    ['a report another unit filed', reportFiledBy(clinic)],
  ])('refuses %s', (_what, context) =>
    deciderSpec(decider, { ...allowed, ...context })
      .given([registered])
      .when(link)
      .thenThrows(ReportNotLinkableError, (e) => expect(e.userMessage).not.toContain('melding-1')));

  it('changes nothing when the report is linked already', () =>
    spec.given([registered, { type: 'ReportToChildWelfareLinked', data: { ...by(), reportId: 'melding-1', level: 0 } }]).when(link).thenNothing());
});

describe('LinkConsultationToCase', () => {
  const link = { type: 'LinkConsultationToCase', caseId, actor: teacher, at: AT, consultationId: 'drofting-1' } as const;

  it('links an anonymous consultation the actor’s unit recorded', () =>
    deciderSpec(decider, { consultation: { consultationId: 'drofting-1', recordedBy: school } })
      .given([registered])
      .when(link)
      .then([{ type: 'ConsultationLinked', data: { ...by(), consultationId: 'drofting-1' } }]));

  it('refuses a consultation of another unit, or one the application could not find', () => {
    deciderSpec(decider, { consultation: { consultationId: 'drofting-1', recordedBy: { unitId: 'skole-z', serviceType: 'skole' } } })
      .given([registered])
      .when(link)
      .thenThrows(ConsultationNotLinkableError);
    spec.given([registered]).when(link).thenThrows(ConsultationNotLinkableError);
  });

  it('changes nothing when linked already', () =>
    spec.given([registered, { type: 'ConsultationLinked', data: { ...by(), consultationId: 'drofting-1' } }]).when(link).thenNothing());
});

describe('CloseCase', () => {
  const close = { type: 'CloseCase', caseId, actor: teacher, at: LATER, closingNote: 'SECRET: målene er nådd' } as const;
  const guardian = { kind: 'guardian', guardianId: 'hash-of-mother' } as const;

  it('closes a level-1 case with the closing note', () =>
    spec
      .given(atLevelOne)
      .when(close)
      .then([{ type: 'CaseClosed', data: { ...by(teacher, LATER), by: { kind: 'practitioner', ...by().by }, level: 1, closingNote: 'SECRET: målene er nådd' } }]));

  it('lets a guardian with parental responsibility close a level-1 log', () =>
    deciderSpec(decider, { guardianHoldsParentalResponsibility: true })
      .given(atLevelOne)
      .when({ ...close, actor: guardian })
      .then([{ type: 'CaseClosed', data: { caseId, by: guardian, at: LATER, level: 1, closingNote: 'SECRET: målene er nådd' } }]));

  it('refuses a guardian at level 0, and a guardian without parental responsibility', () => {
    deciderSpec(decider, { guardianHoldsParentalResponsibility: true })
      .given(reportedAtLevelZero)
      .when({ ...close, actor: guardian })
      .thenThrows(GuardianMayNotCloseError, (e) => expect(e.userMessage).toContain('fra nivå 1'));
    spec.given(atLevelOne).when({ ...close, actor: guardian }).thenThrows(GuardianMayNotCloseError, (e) => expect(e.userMessage).toContain('foreldreansvar'));
  });

  it('refuses closing at level 0 before the level-0 decision', () => spec.given([registered]).when(close).thenThrows(LevelZeroDecisionPendingError));

  it('closes at level 0 after the decision to report (the reporter followed up)', () =>
    spec
      .given(reportedAtLevelZero)
      .when(close)
      .then([{ type: 'CaseClosed', data: { ...by(teacher, LATER), by: { kind: 'practitioner', ...by().by }, level: 0, closingNote: 'SECRET: målene er nådd' } }]));

  it('refuses a closing without a note', () =>
    spec.given(atLevelOne).when({ ...close, closingNote: '' }).thenThrows(InvalidCommandError, (e) => expect(e.problems[0].field).toBe('closingNote')));
});

describe('ReopenCase', () => {
  const reopen = { type: 'ReopenCase', caseId, actor: teacher, at: LATER, reason: 'SECRET: ny bekymring' } as const;

  it('reopens at the level the case was closed at', () =>
    spec
      .given([...atLevelOne, closedBy(1)])
      .when(reopen)
      .then([{ type: 'CaseReopened', data: { ...by(teacher, LATER), level: 1, reason: 'SECRET: ny bekymring' } }]));

  it('reopens a case closed at level 0 with a new decision deadline', () =>
    spec
      .given([registered, decided('close'), closedBy(0)])
      .when(reopen)
      .then([{ type: 'CaseReopened', data: { ...by(teacher, LATER), level: 0, reason: 'SECRET: ny bekymring', decisionDueOn: '2026-04-03' } }]));

  it('refuses an open case', () => spec.given(atLevelOne).when(reopen).thenThrows(CaseNotClosedError));
  it('refuses an unknown case', () => spec.given([]).when(reopen).thenThrows(CaseNotFoundError));
});

describe('when the case is closed', () => {
  const closed = [...atLevelOne, closedBy(1)];
  const p = { caseId, actor: teacher, at: LATER };
  const everyOtherCommand: ConcernCommand[] = [
    register,
    { ...p, type: 'RecordNecessaryConversation', conversation: { heldOn: '2026-03-02', participants: ['mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true } },
    { ...p, type: 'DecideAtLevelZero', decision: { outcome: 'close', reason: 'x' } },
    { ...p, type: 'ChangeLevel', to: 2, reason: 'x' },
    { ...p, type: 'AppointStafettholder', holder: teacher },
    { ...p, type: 'OpenStafettlogg' },
    { ...p, type: 'AddParticipatingService', service: school },
    { ...p, type: 'ProposeHandover', to: teacher, familyWish: 'x' },
    { ...p, type: 'AcceptHandover' },
    { ...p, type: 'DeclineHandover', reason: 'x' },
    { ...p, type: 'WithdrawHandover' },
    { ...p, type: 'SetGoal', goalId: 'mal-1', description: 'x' },
    { ...p, type: 'AddMeasure', measureId: 't', owner: school, responsiblePractitionerId: 'l', goal: 'x', startsOn: '2026-03-05', evaluationDates: ['2026-04-01'] },
    { ...p, type: 'EvaluateMeasure', measureId: 't', evaluatedOn: '2026-04-01', effect: 'better', note: 'x' },
    { ...p, type: 'EndMeasure', measureId: 't', endedOn: '2026-04-01', reason: 'x' },
    { ...p, type: 'RecordMeeting', meetingId: 'm', heldOn: '2026-04-01', participants: ['mor'], decisions: [], childsVoice: { kind: 'heard', said: 'x' } },
    { ...p, type: 'RecordAgreement', agreementId: 'a', text: 'x' },
    { ...p, type: 'LinkReportToChildWelfare', reportId: 'melding-1' },
    { ...p, type: 'LinkConsultationToCase', consultationId: 'd' },
    { ...p, type: 'CloseCase', closingNote: 'x' },
  ];

  it('covers every command but ReopenCase', () =>
    expect(new Set(everyOtherCommand.map((c) => c.type)).size).toBe(20));

  it.each(everyOtherCommand.map((command) => [command.type, command] as const))('refuses %s with CaseClosedError', (_type, command) =>
    spec.given(closed).when(command).thenThrows(CaseClosedError, (e) => expect(e.userMessage).toBe('Saken er avsluttet. Den må gjenåpnes før noe nytt kan registreres.')));
});
