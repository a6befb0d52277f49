import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { DecideAtLevelZero } from '../concern.commands';
import { createConcernDecider } from '../concern.decide';
import { LevelUnchangedError, LevelZeroAlreadyDecidedError, LevelZeroDecisionPendingError, NotAllowedAtLevelError, StafettholderAlreadyAppointedError, StafettholderRequiredError, StafettloggAlreadyOpenError, ReportNotLinkableError } from '../concern.refusals';
import { ConsentMissingError, ServiceNotParticipatingError } from '../concern-authority.refusals';
import type { ConcernEvent } from '../concern.events';
import type { ConsentDecision } from '../consent-check.port';
import {
  allowed,
  appointed,
  AT,
  atLevelOne,
  atLevelTwo,
  by,
  caseId,
  childId,
  clinic,
  consentFor,
  decided,
  expectNoPersonalData,
  LATER,
  levelChanged,
  logOpened,
  logOpenAtLevelOne,
  nurse,
  otherTeacher,
  ref,
  registered,
  reportedAtLevelZero,
  school,
  teacher,
  withClinic,
  reportFiledBy,
} from '../testing/concern.fixtures';

const spec = deciderSpec(createConcernDecider(), allowed);
const p = { caseId, actor: teacher, at: AT };
const reason = 'SECRET: begrunnelse';

describe('DecideAtLevelZero', () => {
  const decide = (decision: DecideAtLevelZero['decision'], at = AT): DecideAtLevelZero => ({ ...p, at, type: 'DecideAtLevelZero', decision });

  it('closes the case with the reason as closing note', () =>
    spec
      .given([registered])
      .when(decide({ outcome: 'close', reason }))
      .then([decided('close'), { type: 'CaseClosed', data: { caseId, by: { kind: 'practitioner', ...ref(teacher) }, at: AT, level: 0, closingNote: reason } }]));

  it('goes to level 1 and appoints the stafettholder with the family’s wish', () =>
    spec
      .given([registered])
      .when(decide({ outcome: 'level-1', reason, stafettholder: ref(teacher), familyWish: 'SECRET: ønsker kontaktlærer' }))
      .then([
        decided('level-1'),
        { type: 'StafettholderAppointed', data: { ...by(), holder: ref(teacher), familyWish: 'SECRET: ønsker kontaktlærer' } },
        levelChanged(0, 1),
      ]));

  it('goes to level 2 with a stafettholder appointed earlier', () =>
    spec.given([registered, appointed(otherTeacher)]).when(decide({ outcome: 'level-2', reason })).then([decided('level-2'), levelChanged(0, 2)]));

  it('records a report to child welfare, links it, and keeps the case open at level 0', () =>
    deciderSpec(createConcernDecider(), { ...allowed, ...reportFiledBy(school) })
      .given([registered])
      .when(decide({ outcome: 'report-to-child-welfare', reason, reportId: 'melding-1' }))
      .then([decided('report-to-child-welfare'), { type: 'ReportToChildWelfareLinked', data: { ...by(), reportId: 'melding-1', level: 0 } }]));

  it('refuses to link a report that is not the unit’s own about the case’s child', () =>
    deciderSpec(createConcernDecider(), { ...allowed, ...reportFiledBy(clinic) })
      .given([registered])
      .when(decide({ outcome: 'report-to-child-welfare', reason, reportId: 'melding-1' }))
      .thenThrows(ReportNotLinkableError));

  it('records a decision after the deadline as late', () =>
    spec
      .given([registered])
      .when(decide({ outcome: 'report-to-child-welfare', reason }, LATER))
      .then([{ type: 'LevelZeroDecided', data: { ...decided('report-to-child-welfare', LATER).data, withinDeadline: false } }]));

  it('refuses a second decision', () =>
    spec.given(reportedAtLevelZero).when(decide({ outcome: 'close', reason })).thenThrows(LevelZeroAlreadyDecidedError));

  it('refuses a level above 0', () => spec.given(atLevelOne).when(decide({ outcome: 'close', reason })).thenThrows(LevelZeroAlreadyDecidedError));

  it('refuses going up without a stafettholder', () =>
    spec.given([registered]).when(decide({ outcome: 'level-1', reason })).thenThrows(StafettholderRequiredError));

  it('refuses a stafettholder from a service that is not in the case', () =>
    spec.given([registered]).when(decide({ outcome: 'level-2', reason, stafettholder: ref(nurse) })).thenThrows(ServiceNotParticipatingError));

  it('refuses a second stafettholder', () =>
    spec
      .given([registered, appointed(otherTeacher)])
      .when(decide({ outcome: 'level-1', reason, stafettholder: ref(teacher) }))
      .thenThrows(StafettholderAlreadyAppointedError));

  it('refuses an unknown outcome and a missing reason', () =>
    spec
      .given([registered])
      .when(decide({ outcome: 'level-3', reason: '' } as unknown as DecideAtLevelZero['decision']))
      .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((x) => x.field)).toEqual(['decision.outcome', 'decision.reason'])));
});

describe('ChangeLevel', () => {
  const change = (to: 0 | 1 | 2 | 3, extra = {}) => ({ ...p, type: 'ChangeLevel', to, reason, ...extra }) as const;

  it('raises the level from 1 to 2', () => spec.given(logOpenAtLevelOne).when(change(2)).then([levelChanged(1, 2)]));
  it('lowers the level from 3 to 1', () => spec.given([...atLevelTwo, levelChanged(2, 3)]).when(change(1)).then([levelChanged(3, 1)]));

  it('leaves level 0 after a report, appointing the stafettholder', () =>
    spec.given(reportedAtLevelZero).when(change(1, { stafettholder: ref(teacher) })).then([appointed(teacher), levelChanged(0, 1)]));

  it('refuses leaving level 0 before the decision there', () =>
    spec.given([registered]).when(change(1, { stafettholder: ref(teacher) })).thenThrows(LevelZeroDecisionPendingError));

  it('refuses leaving level 0 without a stafettholder', () =>
    spec.given(reportedAtLevelZero).when(change(2)).thenThrows(StafettholderRequiredError));

  it('refuses the current level', () =>
    spec.given(atLevelOne).when(change(1)).thenThrows(LevelUnchangedError, (e) => expect(e.userMessage).toBe('Saken er allerede på nivå 1 (Tiltak i egen tjeneste).')));

  it('refuses going back to level 0', () =>
    spec.given(atLevelOne).when(change(0)).thenThrows(InvalidCommandError, (e) => expect(e.userMessage).toContain('Avslutt saken i stedet')));

  it('refuses a second stafettholder from level 1', () =>
    spec.given(atLevelOne).when(change(2, { stafettholder: ref(otherTeacher) })).thenThrows(StafettholderAlreadyAppointedError));
});

describe('AppointStafettholder', () => {
  const appoint = { ...p, type: 'AppointStafettholder', holder: ref(otherTeacher), familyWish: 'SECRET: ønske' } as const;

  it('appoints the first stafettholder at level 0', () =>
    spec.given([registered]).when(appoint).then([{ type: 'StafettholderAppointed', data: { ...by(), holder: ref(otherTeacher), familyWish: 'SECRET: ønske' } }]));

  it('refuses when there is a holder: the baton moves only by handover', () =>
    spec.given(atLevelOne).when(appoint).thenThrows(StafettholderAlreadyAppointedError));

  it('refuses a holder from a service outside the case', () =>
    spec.given([registered]).when({ ...appoint, holder: ref(nurse) }).thenThrows(ServiceNotParticipatingError));
});

describe('OpenStafettlogg', () => {
  const open = { ...p, type: 'OpenStafettlogg' } as const;

  it('opens the log with a consent covering the stafettholder’s service', () =>
    deciderSpec(createConcernDecider(), consentFor(school, 'open-stafettlogg')).given(atLevelOne).when(open).then([logOpened]));

  it('fails closed without a consent answer', () =>
    spec.given(atLevelOne).when(open).thenThrows(ConsentMissingError, (e) => {
      expect(e.userMessage).toBe('Stafettloggen kan ikke åpnes: det finnes ikke et gyldig samtykke fra de foresatte som dekker tjenesten.');
      expectNoPersonalData(e);
    }));

  it('fails closed on a negative answer', async () => {
    const consent: ConsentDecision = { covered: false, question: { childId, service: school, purpose: 'open-stafettlogg', at: AT }, reason: 'no-consent' };
    deciderSpec(createConcernDecider(), { consent }).given(atLevelOne).when(open).thenThrows(ConsentMissingError);
  });

  it('refuses a consent for another service, child or purpose', () => {
    deciderSpec(createConcernDecider(), consentFor(clinic, 'open-stafettlogg')).given(atLevelOne).when(open).thenThrows(ConsentMissingError);
    deciderSpec(createConcernDecider(), consentFor(school, 'join-case')).given(atLevelOne).when(open).thenThrows(ConsentMissingError);
    const other = consentFor(school, 'open-stafettlogg').consent!;
    deciderSpec(createConcernDecider(), { consent: { ...other, question: { ...other.question, childId: '00000000-0000-4000-8000-000000000000' } } })
      .given(atLevelOne)
      .when(open)
      .thenThrows(ConsentMissingError);
  });

  it('refuses level 0', () =>
    deciderSpec(createConcernDecider(), consentFor(school, 'open-stafettlogg'))
      .given([registered, appointed(teacher)])
      .when(open)
      .thenThrows(NotAllowedAtLevelError, (e) => expect(e.userMessage).toBe('Stafettloggen kan ikke åpnes på nivå 0 (Undring). Den åpnes fra nivå 1.')));

  it('refuses a log that is open already', () =>
    deciderSpec(createConcernDecider(), consentFor(school, 'open-stafettlogg')).given(logOpenAtLevelOne).when(open).thenThrows(StafettloggAlreadyOpenError));
});

describe('AddParticipatingService', () => {
  const add = { ...p, type: 'AddParticipatingService', service: clinic, task: 'SECRET: helsesamtaler' } as const;
  const expected: ConcernEvent = { type: 'ServiceJoined', data: { ...by(), service: clinic, purpose: 'join-case', consentId: 'samtykke-2', task: 'SECRET: helsesamtaler' } };

  it('lets a service join at level 2 with a consent covering it', () =>
    deciderSpec(createConcernDecider(), consentFor(clinic, 'join-case', 'samtykke-2')).given(atLevelTwo).when(add).then([expected]));

  it('refuses joining without a consent covering that service', () => {
    spec.given(atLevelTwo).when(add).thenThrows(ConsentMissingError, (e) => expect(e.userMessage).toContain('dekker denne tjenesten'));
    deciderSpec(createConcernDecider(), consentFor(school, 'join-case')).given(atLevelTwo).when(add).thenThrows(ConsentMissingError);
  });

  it('refuses joining at level 1', () =>
    deciderSpec(createConcernDecider(), consentFor(clinic, 'join-case'))
      .given(logOpenAtLevelOne)
      .when(add)
      .thenThrows(NotAllowedAtLevelError, (e) => expect(e.userMessage).toBe('Andre tjenester kan ikke delta på nivå 1 (Tiltak i egen tjeneste). Løft saken til nivå 2 eller 3 først.')));

  it('changes nothing for a service already in the case', () => spec.given(withClinic).when(add).thenNothing());
});
