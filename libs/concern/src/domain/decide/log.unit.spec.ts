import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { AddMeasure, RecordMeeting } from '../concern.commands';
import { createConcernDecider } from '../concern.decide';
import { DuplicateEntryError, MeasureEndedError, MeasureNotFoundError, NotAllowedAtLevelError, StafettloggNotOpenError } from '../concern.refusals';
import { ServiceNotParticipatingError } from '../concern-authority.refusals';
import {
  allowed,
  AT,
  atLevelOne,
  bup,
  by,
  caseId,
  clinic,
  expectNoPersonalData,
  logOpenAtLevelOne,
  measureAdded,
  nurse,
  psychologist,
  ref,
  measureEnded,
  registered,
  reportedAtLevelZero,
  school,
  teacher,
  withClinic,
  withMeasure,
} from '../testing/concern.fixtures';

const spec = deciderSpec(createConcernDecider(), allowed);
const p = { caseId, actor: teacher, at: AT };

describe('SetGoal', () => {
  const goal = { ...p, type: 'SetGoal', goalId: 'mal-1', description: 'SECRET: trives på skolen' } as const;

  it('adds a goal to the open log, and rewrites it under the same id', () => {
    const expected = [{ type: 'GoalSet', data: { ...by(), goalId: 'mal-1', description: 'SECRET: trives på skolen' } }] as const;
    spec.given(logOpenAtLevelOne).when(goal).then([...expected]);
    spec.given([...logOpenAtLevelOne, ...expected]).when(goal).then([...expected]);
  });

  it('refuses level 0 and a log that is not open', () => {
    spec.given(reportedAtLevelZero).when(goal).thenThrows(NotAllowedAtLevelError);
    spec.given(atLevelOne).when(goal).thenThrows(StafettloggNotOpenError);
  });
});

describe('AddMeasure', () => {
  const add: AddMeasure = {
    ...p,
    type: 'AddMeasure',
    measureId: 'tiltak-1',
    owner: school,
    responsiblePractitionerId: 'laerer-1',
    goal: 'SECRET: møter uthvilt',
    startsOn: '2026-03-05',
    evaluationDates: ['2026-04-15'],
  };

  it('adds a measure with owner, responsible person, goal, start and evaluation dates', () =>
    spec.given(logOpenAtLevelOne).when(add).then([measureAdded()]));

  it('sorts evaluation dates and links a goal of the log', () =>
    spec
      .given([...logOpenAtLevelOne, { type: 'GoalSet', data: { ...by(), goalId: 'mal-1', description: 'x' } }])
      .when({ ...add, goalId: 'mal-1', evaluationDates: ['2026-05-01', '2026-04-15'] })
      .then([{ ...measureAdded(), data: { ...measureAdded().data, goalId: 'mal-1', evaluationDates: ['2026-04-15', '2026-05-01'] } }]));

  it('lets a participating service own a measure at level 2', () =>
    deciderSpec(createConcernDecider(), { ...allowed, responsibleUnitId: clinic.unitId })
      .given(withClinic)
      .when({ ...add, actor: nurse, owner: clinic })
      .then([{ ...measureAdded('tiltak-1', clinic), data: { ...measureAdded('tiltak-1', clinic).data, by: ref(nurse) } }]));

  it('refuses measures at level 0', () =>
    spec
      .given(reportedAtLevelZero)
      .when(add)
      .thenThrows(NotAllowedAtLevelError, (e) => expect(e.userMessage).toBe('Tiltak kan ikke registreres på nivå 0 (Undring). Tiltak hører til nivå 1 og høyere.')));

  it('refuses a measure before the log is open', () => spec.given(atLevelOne).when(add).thenThrows(StafettloggNotOpenError));

  it('refuses a measure without owner, responsible person or evaluation date, and an evaluation before the start', () => {
    spec
      .given(logOpenAtLevelOne)
      .when({ ...add, owner: undefined, responsiblePractitionerId: '', evaluationDates: [] } as unknown as AddMeasure)
      .thenThrows(InvalidCommandError, (e) => {
        expect(e.problems.map((x) => x.field)).toEqual(['owner.unitId', 'owner.serviceType', 'responsiblePractitionerId', 'evaluationDates']);
        expectNoPersonalData(e);
      });
    spec
      .given(logOpenAtLevelOne)
      .when({ ...add, evaluationDates: ['2026-03-01'] })
      .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((x) => x.field)).toEqual(['evaluationDates[0]']));
  });

  it('refuses an owner service outside the case', () =>
    deciderSpec(createConcernDecider(), { ...allowed, responsibleUnitId: bup.unitId })
      .given(logOpenAtLevelOne)
      .when({ ...add, actor: psychologist, owner: bup })
      .thenThrows(ServiceNotParticipatingError));

  it('refuses a goal the log does not have', () =>
    spec.given(logOpenAtLevelOne).when({ ...add, goalId: 'mal-9' }).thenThrows(InvalidCommandError, (e) => expect(e.problems[0].field).toBe('goalId')));

  it('refuses a measure id used already', () => spec.given(withMeasure).when(add).thenThrows(DuplicateEntryError));
});

describe('EvaluateMeasure', () => {
  const evaluate = { ...p, type: 'EvaluateMeasure', measureId: 'tiltak-1', evaluatedOn: '2026-04-15', effect: 'better', note: 'SECRET: sover bedre' } as const;

  it('records the effect and the note, and adds the next evaluation date', () =>
    spec
      .given(withMeasure)
      .when({ ...evaluate, nextEvaluationOn: '2026-06-01' })
      .then([{ type: 'MeasureEvaluated', data: { ...by(), ...{ measureId: 'tiltak-1', evaluatedOn: '2026-04-15', effect: 'better', note: 'SECRET: sover bedre' }, nextEvaluationOn: '2026-06-01' } }]));

  it('refuses an ended measure', () =>
    spec
      .given([...withMeasure, measureEnded()])
      .when(evaluate)
      .thenThrows(MeasureEndedError, (e) => expect(e.userMessage).toBe('Tiltaket ble avsluttet 2026-04-20 og kan ikke evalueres eller avsluttes på nytt.')));

  it('refuses an unknown measure', () => spec.given(withMeasure).when({ ...evaluate, measureId: 'tiltak-9' }).thenThrows(MeasureNotFoundError));

  it('refuses an unknown effect, an empty note and an evaluation before the start', () => {
    spec
      .given(withMeasure)
      .when({ ...evaluate, effect: 'much-better' as 'better', note: '' })
      .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((x) => x.field)).toEqual(['effect', 'note']));
    spec.given(withMeasure).when({ ...evaluate, evaluatedOn: '2026-03-01' }).thenThrows(InvalidCommandError);
  });
});

describe('EndMeasure', () => {
  const end = { ...p, type: 'EndMeasure', measureId: 'tiltak-1', endedOn: '2026-04-20', reason: 'SECRET: målet er nådd' } as const;

  it('ends a measure with a reason', () => spec.given(withMeasure).when(end).then([measureEnded()]));
  it('refuses ending it twice', () => spec.given([...withMeasure, measureEnded()]).when(end).thenThrows(MeasureEndedError));
  it('refuses an unknown measure', () => spec.given(withMeasure).when({ ...end, measureId: 'tiltak-9' }).thenThrows(MeasureNotFoundError));
  it('refuses an end before the start', () => spec.given(withMeasure).when({ ...end, endedOn: '2026-03-01' }).thenThrows(InvalidCommandError));
});

describe('RecordMeeting', () => {
  const meeting: RecordMeeting = {
    ...p,
    type: 'RecordMeeting',
    meetingId: 'mote-1',
    heldOn: '2026-03-10',
    participants: ['mor', 'kontaktlærer', 'helsesykepleier'],
    decisions: ['SECRET: søke leksehjelp'],
    nextMeetingOn: '2026-04-15',
    childsVoice: { kind: 'heard', said: 'SECRET: «jeg vil ha frokost på skolen»' },
  };
  const { type: _type, caseId: _c, actor: _a, at: _at, ...fields } = meeting;

  it('records date, participants, decisions, next meeting and what the child said', () =>
    spec.given(logOpenAtLevelOne).when(meeting).then([{ type: 'MeetingRecorded', data: { ...by(), ...fields, participants: [...fields.participants], decisions: [...fields.decisions] } }]));

  it('records why the child was not heard', () =>
    spec
      .given(logOpenAtLevelOne)
      .when({ ...meeting, childsVoice: { kind: 'not-heard', reason: 'SECRET: syk' } })
      .then([{ type: 'MeetingRecorded', data: { ...by(), ...fields, participants: [...fields.participants], decisions: [...fields.decisions], childsVoice: { kind: 'not-heard', reason: 'SECRET: syk' } } }]));

  it('refuses a meeting without the child’s voice', () =>
    spec
      .given(logOpenAtLevelOne)
      .when({ ...meeting, childsVoice: undefined } as unknown as RecordMeeting)
      .thenThrows(InvalidCommandError, (e) => expect(e.userMessage).toBe('Barnets stemme må dokumenteres: hva barnet sa, eller hvorfor barnet ikke ble hørt.')));

  it('refuses an empty "heard" and a next meeting before this one', () =>
    spec
      .given(logOpenAtLevelOne)
      .when({ ...meeting, nextMeetingOn: '2026-03-01', childsVoice: { kind: 'heard', said: '' } })
      .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((x) => x.field)).toEqual(['nextMeetingOn', 'childsVoice.said'])));

  it('refuses level 0, a closed log and a meeting id used already', () => {
    spec.given([registered]).when(meeting).thenThrows(NotAllowedAtLevelError);
    spec.given(atLevelOne).when(meeting).thenThrows(StafettloggNotOpenError);
    spec.given([...logOpenAtLevelOne, { type: 'MeetingRecorded', data: { ...by(), ...fields, participants: ['x'], decisions: [] } }]).when(meeting).thenThrows(DuplicateEntryError);
  });
});

describe('RecordAgreement', () => {
  const agreement = { ...p, type: 'RecordAgreement', agreementId: 'avtale-1', text: 'SECRET: mor ringer skolen', responsible: 'mor', dueOn: '2026-03-20' } as const;

  it('records the agreement', () =>
    spec
      .given(logOpenAtLevelOne)
      .when(agreement)
      .then([{ type: 'AgreementRecorded', data: { ...by(), agreementId: 'avtale-1', text: 'SECRET: mor ringer skolen', responsible: 'mor', dueOn: '2026-03-20' } }]));

  it('refuses an empty agreement, level 0, a closed log and an id used already', () => {
    spec.given(logOpenAtLevelOne).when({ ...agreement, text: '' }).thenThrows(InvalidCommandError);
    spec.given(reportedAtLevelZero).when(agreement).thenThrows(NotAllowedAtLevelError);
    spec.given(atLevelOne).when(agreement).thenThrows(StafettloggNotOpenError);
    spec
      .given([...logOpenAtLevelOne, { type: 'AgreementRecorded', data: { ...by(), agreementId: 'avtale-1', text: 'x' } }])
      .when(agreement)
      .thenThrows(DuplicateEntryError);
  });
});
