import type { ConcernDecisionContext } from '../concern.context';
import type * as E from '../concern.events';
import type { PractitionerActor, PractitionerRef, ServiceRef } from '../concern.values';
import type { ConsentDecision, ConsentPurpose } from '../consent-check.port';

// Given-events for the decider specs. Free texts carry the marker SECRET so that tests can assert
// that no error message ever repeats them.

export const caseId = '3f1d2c4b-5a69-4e7f-8a1b-2c3d4e5f6a7b';
export const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
export const AT = '2026-03-02T09:00:00+01:00';
export const LATER = '2026-03-20T10:00:00+01:00';

export const school: ServiceRef = { unitId: 'skole-a', serviceType: 'skole' };
export const clinic: ServiceRef = { unitId: 'helsestasjon-b', serviceType: 'helsestasjon' };
export const bup: ServiceRef = { unitId: 'bup-c', serviceType: 'bup' };

const actor = (practitionerId: string, unit: ServiceRef): PractitionerActor => ({ kind: 'practitioner', practitionerId, ...unit });
export const teacher = actor('laerer-1', school);
export const otherTeacher = actor('laerer-2', school);
export const nurse = actor('helsesykepleier-1', clinic);
export const psychologist = actor('psykolog-1', bup);

export const ref = ({ practitionerId, unitId, serviceType }: PractitionerActor): PractitionerRef => ({ practitionerId, unitId, serviceType });
export const by = (who: PractitionerActor = teacher, at = AT) => ({ caseId, by: ref(who), at });

/** Every fixture unit still covered by the consent it joined on. */
export const stillCovered = (...services: ServiceRef[]): ConsentDecision[] =>
  services.map((service) => ({ covered: true, consentId: `samtykke-${service.unitId}`, question: { childId, service, purpose: 'join-case', at: AT } }));

/** The answers the application gives when everyone is entitled: the units covered, the teacher responsible for the school's measures. */
export const allowed: ConcernDecisionContext = {
  unitServesMunicipality: true,
  participation: stillCovered(school, clinic, bup),
  responsibleUnitId: school.unitId,
};

/** The report 'melding-1' about the case's child, as filed by `unit` (or about another child). */
export function reportFiledBy(unit: ServiceRef, aboutChild = childId): ConcernDecisionContext {
  return { report: { reportId: 'melding-1', childIds: [aboutChild], reporterUnitId: unit.unitId } };
}

export function consentFor(service: ServiceRef, purpose: ConsentPurpose, consentId = 'samtykke-1'): ConcernDecisionContext {
  const consent: ConsentDecision = { covered: true, consentId, question: { childId, service, purpose, at: AT } };
  return { ...allowed, consent };
}

export const registered: E.ConcernRegistered = {
  type: 'ConcernRegistered',
  data: {
    ...by(),
    childId,
    kommunenummer: '5029',
    owningUnit: school,
    concern: { observations: 'SECRET: sliten og sulten hver morgen', since: 'SECRET: siden høstferien' },
    decisionDueOn: '2026-03-16',
  },
};

export const decided = (outcome: E.LevelZeroOutcome, at = AT): E.LevelZeroDecided => ({
  type: 'LevelZeroDecided',
  data: { ...by(teacher, at), outcome, reason: 'SECRET: begrunnelse', decisionDueOn: '2026-03-16', withinDeadline: true },
});

export const appointed = (holder: PractitionerActor = teacher): E.StafettholderAppointed => ({
  type: 'StafettholderAppointed',
  data: { ...by(), holder: ref(holder) },
});

export const levelChanged = (from: E.LevelChanged['data']['from'], to: E.LevelChanged['data']['to']): E.LevelChanged => ({
  type: 'LevelChanged',
  data: { ...by(), from, to, reason: 'SECRET: begrunnelse' },
});

export const logOpened: E.StafettloggOpened = { type: 'StafettloggOpened', data: { ...by(), keptBy: school, consentId: 'samtykke-1' } };

export const joined = (service: ServiceRef, purpose: E.ServiceJoined['data']['purpose'] = 'join-case'): E.ServiceJoined => ({
  type: 'ServiceJoined',
  data: { ...by(), service, purpose, consentId: 'samtykke-2' },
});

export const proposed = (to: PractitionerActor, from: PractitionerActor = teacher): E.HandoverProposed => ({
  type: 'HandoverProposed',
  data: { ...by(from), from: ref(from), to: ref(to), familyWish: 'SECRET: ønsker helsesykepleier' },
});

export const measureAdded = (measureId = 'tiltak-1', owner: ServiceRef = school): E.MeasureAdded => ({
  type: 'MeasureAdded',
  data: {
    ...by(),
    measureId,
    owner,
    responsiblePractitionerId: 'laerer-1',
    goal: 'SECRET: møter uthvilt',
    startsOn: '2026-03-05',
    evaluationDates: ['2026-04-15'],
  },
});

export const measureEnded = (measureId = 'tiltak-1'): E.MeasureEnded => ({
  type: 'MeasureEnded',
  data: { ...by(), measureId, endedOn: '2026-04-20', reason: 'SECRET: målet er nådd' },
});

export const closedBy = (level: E.CaseClosed['data']['level']): E.CaseClosed => ({
  type: 'CaseClosed',
  data: { caseId, by: { kind: 'practitioner', ...ref(teacher) }, at: AT, level, closingNote: 'SECRET: avsluttet' },
});

/** Level 0 after the decision to report: open, no stafettholder. */
export const reportedAtLevelZero: E.ConcernEvent[] = [registered, decided('report-to-child-welfare')];
/** Level 1 with the teacher as stafettholder, log not yet opened. */
export const atLevelOne: E.ConcernEvent[] = [registered, decided('level-1'), appointed(teacher), levelChanged(0, 1)];
export const logOpenAtLevelOne: E.ConcernEvent[] = [...atLevelOne, logOpened];
export const atLevelTwo: E.ConcernEvent[] = [...logOpenAtLevelOne, levelChanged(1, 2)];
/** Level 2 with the health clinic in the case. */
export const withClinic: E.ConcernEvent[] = [...atLevelTwo, joined(clinic)];
export const withMeasure: E.ConcernEvent[] = [...logOpenAtLevelOne, measureAdded()];

/** Error texts name ids and rules, never the free texts (marked SECRET in the fixtures and commands). */
export function expectNoPersonalData(error: Error & { userMessage?: string; problems?: unknown }): void {
  expect(JSON.stringify({ message: error.message, userMessage: error.userMessage, problems: error.problems })).not.toContain('SECRET');
}
