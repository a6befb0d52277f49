import fc from 'fast-check';
import { Refusal } from '@stafett/kernel';
import type { ConcernCommand } from './concern.commands';
import { consentQuestionFor, type ConcernDecisionContext } from './concern.context';
import { concernDecider } from './concern.decide';
import { CaseClosedError } from './concern.refusals';
import { lapsedParticipants } from './decide/authority';
import type { ConcernEvent } from './concern.events';
import type { ConcernState } from './concern.state';
import { LEVELS, type PractitionerActor, type ServiceRef } from './concern.values';
import { bup, caseId, childId, clinic, nurse, otherTeacher, psychologist, ref, school, stillCovered, teacher } from './testing/concern.fixtures';
import { invariantViolations } from './testing/concern.invariants';

// Random command sequences over the decider. Every step is checked: a refusal is one of concern's Refusals whose
// texts never repeat the free texts, and every reachable state keeps the invariants.

const practitioners = [teacher, otherTeacher, nurse, psychologist];
const units = [school, clinic, bup];
const COMMAND_TYPES: readonly ConcernCommand['type'][] = [
  'RegisterConcern',
  'RecordNecessaryConversation',
  'DecideAtLevelZero',
  'ChangeLevel',
  'AppointStafettholder',
  'OpenStafettlogg',
  'AddParticipatingService',
  'ProposeHandover',
  'AcceptHandover',
  'DeclineHandover',
  'WithdrawHandover',
  'SetGoal',
  'AddMeasure',
  'EvaluateMeasure',
  'EndMeasure',
  'RecordMeeting',
  'RecordAgreement',
  'RecordPositiveObservation',
  'LinkReportToChildWelfare',
  'LinkConsultationToCase',
  'CloseCase',
  'ReopenCase',
];

const step = fc.record({
  // Closing ends most of the interesting paths, and a lysglimt changes no state, so both are drawn less often than the rest.
  type: fc.constantFrom(...COMMAND_TYPES.flatMap((type) => (type === 'CloseCase' || type === 'RecordPositiveObservation' ? [type] : [type, type, type]))),
  actor: fc.constantFrom<'holder' | 'receiver' | 'any'>('holder', 'receiver', 'any'),
  anyActor: fc.constantFrom(...practitioners),
  other: fc.constantFrom(...practitioners),
  unit: fc.constantFrom(...units),
  level: fc.constantFrom(...LEVELS),
  outcome: fc.constantFrom('close', 'level-1', 'level-2', 'level-1', 'level-2', 'report-to-child-welfare') as fc.Arbitrary<'close' | 'level-1' | 'level-2' | 'report-to-child-welfare'>,
  id: fc.constantFrom('a', 'b', 'c'),
  effect: fc.constantFrom('better', 'unchanged', 'worse') as fc.Arbitrary<'better' | 'unchanged' | 'worse'>,
  withHolder: fc.boolean(),
  guardian: fc.boolean(),
  consent: fc.constantFrom<'right' | 'wrong' | 'none'>('right', 'right', 'wrong', 'none'),
  yes: fc.boolean(),
  blank: fc.integer({ min: 0, max: 9 }).map((n) => n === 0),
  day: fc.integer({ min: 0, max: 40 }),
});
type Step = typeof step extends fc.Arbitrary<infer S> ? S : never;

const day = (n: number): string => new Date(Date.UTC(2026, 2, 2 + n)).toISOString().slice(0, 10);

function build(s: Step, state: ConcernState, index: number): { command: ConcernCommand; context: ConcernDecisionContext } {
  const holder = state.status === 'unregistered' ? undefined : state.stafettholder;
  const receiver = state.status === 'unregistered' ? undefined : state.pendingHandover?.to;
  const pick = s.actor === 'holder' ? holder : s.actor === 'receiver' ? receiver : undefined;
  const actor: PractitionerActor = pick ? { kind: 'practitioner', ...pick } : s.anyActor;
  const text = s.blank ? '' : `SECRET ${s.type} ${index}`;
  const at = `${day(s.day)}T10:00:00+01:00`;
  const p = { caseId, actor, at };
  const unit: ServiceRef = s.unit;
  // New holders mostly from services in the case, so that appointments and handovers often succeed.
  const inCase = state.status === 'unregistered' ? [] : practitioners.filter((x) => state.participants.has(x.unitId));
  const candidate = s.withHolder && inCase.length > 0 ? inCase[index % inCase.length] : s.other;
  const command = ((): ConcernCommand => {
    switch (s.type) {
      case 'RegisterConcern':
        return { ...p, type: s.type, childId, kommunenummer: '5029', concern: { observations: text, since: 'SECRET since' } };
      case 'RecordNecessaryConversation':
        return { ...p, type: s.type, conversation: { heldOn: day(0), participants: ['SECRET mor'], summarySharedWithGuardians: s.yes, guardiansInformed: true, childInformed: s.yes, notInformedReason: s.yes ? undefined : text } };
      case 'DecideAtLevelZero':
        return { ...p, type: s.type, decision: s.outcome === 'level-1' || s.outcome === 'level-2' ? { outcome: s.outcome, reason: text, stafettholder: s.withHolder ? ref(candidate) : undefined } : { outcome: s.outcome, reason: text } };
      case 'ChangeLevel':
        return { ...p, type: s.type, to: s.level, reason: text, stafettholder: s.withHolder ? ref(candidate) : undefined };
      case 'AppointStafettholder':
        return { ...p, type: s.type, holder: ref(candidate) };
      case 'OpenStafettlogg':
      case 'AcceptHandover':
        return { ...p, type: s.type };
      case 'AddParticipatingService':
        return { ...p, type: s.type, service: unit };
      case 'ProposeHandover':
        return { ...p, type: s.type, to: ref(s.withHolder ? s.other : candidate), familyWish: text };
      case 'DeclineHandover':
        return { ...p, type: s.type, reason: text };
      case 'WithdrawHandover':
        return { ...p, type: s.type };
      case 'SetGoal':
        return { ...p, type: s.type, goalId: s.id, description: text };
      case 'AddMeasure':
        // Mostly in the actor's own name, as the application allows; sometimes in another unit's.
        return { ...p, type: s.type, measureId: s.id, owner: s.guardian ? unit : { unitId: actor.unitId, serviceType: actor.serviceType }, responsiblePractitionerId: s.blank ? '' : s.other.practitionerId, goal: 'SECRET goal', startsOn: day(s.day), evaluationDates: s.yes ? [day(s.day + 30)] : [] };
      case 'EvaluateMeasure':
        return { ...p, type: s.type, measureId: s.id, evaluatedOn: day(s.day + 30), effect: s.effect, note: text };
      case 'EndMeasure':
        return { ...p, type: s.type, measureId: s.id, endedOn: day(s.day + 35), reason: text };
      case 'RecordMeeting':
        return { ...p, type: s.type, meetingId: `${s.id}${index}`, heldOn: day(s.day), participants: ['SECRET mor'], decisions: [text], childsVoice: s.yes ? { kind: 'heard', said: text } : { kind: 'not-heard', reason: text } };
      case 'RecordAgreement':
        return { ...p, type: s.type, agreementId: `${s.id}${index}`, text };
      case 'RecordPositiveObservation':
        return { ...p, type: s.type, observationId: `${s.id}${index}`, observedOn: day(s.day), text, childsOwnWords: s.yes ? undefined : text };
      case 'LinkReportToChildWelfare':
        return { ...p, type: s.type, reportId: `melding-${s.id}` };
      case 'LinkConsultationToCase':
        return { ...p, type: s.type, consultationId: `drofting-${s.id}` };
      case 'CloseCase':
        return { ...p, type: s.type, actor: s.guardian ? { kind: 'guardian', guardianId: 'hash-mor' } : actor, closingNote: text };
      case 'ReopenCase':
        return { ...p, type: s.type, reason: text };
    }
  })();
  const question = consentQuestionFor(command, state);
  const consent =
    question === undefined || s.consent === 'none'
      ? undefined
      : s.consent === 'right'
        ? { covered: true as const, consentId: `samtykke-${index}`, question }
        : { covered: true as const, consentId: `samtykke-${index}`, question: { ...question, service: s.unit === question.service ? clinic : s.unit } };
  return {
    command,
    context: {
      consent,
      unitServesMunicipality: s.yes || s.type !== 'RegisterConcern',
      guardianHoldsParentalResponsibility: s.yes,
      consultation: { consultationId: `drofting-${s.id}`, recordedBy: s.yes ? actor : bup },
      report: { reportId: `melding-${s.id}`, childIds: [childId], reporterUnitId: s.yes ? actor.unitId : bup.unitId },
      actorRoles: s.yes ? [] : ['leader'],
      // Mostly every unit still covered by its joining consent; sometimes nobody is.
      participation: s.consent === 'none' ? [] : stillCovered(...units),
      responsibleUnitId: s.blank ? undefined : actor.unitId,
    },
  };
}

const register: Step = { ...fc.sample(step, { numRuns: 1, seed: 1 })[0], type: 'RegisterConcern', blank: false, yes: true, actor: 'any', anyActor: teacher, day: 0 };

describe('the BTI case under random command sequences', () => {
  it('keeps its invariants in every reachable state, and refuses only with domain errors', () => {
    let accepted = 0;
    let refused = 0;
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 60, size: 'max' }), (steps) => {
        let state = concernDecider.initialState();
        const history: ConcernEvent[] = [];
        [register, ...steps].forEach((s, index) => {
          const { command, context } = build(s, state, index);
          let events: ConcernEvent[];
          try {
            events = concernDecider.decide(command, state, context);
          } catch (error) {
            expect(error).toBeInstanceOf(Refusal);
            expect(JSON.stringify({ m: (error as Refusal).message, u: (error as Refusal).userMessage, p: (error as { problems?: unknown }).problems })).not.toContain('SECRET');
            if (state.status === 'closed' && command.type !== 'ReopenCase') expect(error).toBeInstanceOf(CaseClosedError);
            refused++;
            return;
          }
          accepted++;
          // A closed case accepts nothing but reopening.
          if (state.status === 'closed') expect(command.type).toBe('ReopenCase');
          const before = state;
          state = events.reduce(concernDecider.evolve, state);
          history.push(...events);
          expect(invariantViolations(state)).toEqual([]);

          // The baton moves only by the proposed receiver's acceptance.
          if (before.status !== 'unregistered' && before.stafettholder && state.status !== 'unregistered') {
            if (state.stafettholder?.practitionerId !== before.stafettholder.practitionerId) {
              expect(command.type).toBe('AcceptHandover');
              expect(command.actor).toMatchObject({ practitionerId: before.pendingHandover?.to.practitionerId });
            }
          }
          // Consent-gated events only with a positive answer to exactly the question asked.
          for (const event of events) {
            if (event.type === 'StafettloggOpened' || event.type === 'ServiceJoined') {
              expect(context.consent).toMatchObject({ covered: true, consentId: event.data.consentId });
              expect(context.consent?.question.service.unitId).toBe(event.type === 'ServiceJoined' ? event.data.service.unitId : event.data.keptBy.unitId);
            }
          }
          // Authority: nobody writes for a unit that lapsed; coordination only by the holder, or the owning
          // unit before there is one, or its leader; measures only in the actor's own name.
          if (before.status !== 'unregistered' && command.actor.kind === 'practitioner') {
            const actor = command.actor;
            expect(lapsedParticipants(before, context.participation).has(actor.unitId)).toBe(false);
            const coordinating = ['ChangeLevel', 'ProposeHandover', 'WithdrawHandover', 'CloseCase', 'ReopenCase', 'AddParticipatingService', 'OpenStafettlogg'].includes(command.type);
            if (coordinating && events.length > 0) {
              const holds = before.stafettholder?.practitionerId === actor.practitionerId;
              const owningUnit = actor.unitId === before.owningUnit.unitId;
              expect(holds || (before.stafettholder === undefined && owningUnit) || (owningUnit && (context.actorRoles ?? []).includes('leader'))).toBe(true);
            }
            for (const event of events) if (event.type === 'MeasureAdded') expect(event.data.owner.unitId).toBe(actor.unitId);
          }
          // Reopening is itself an event.
          if (before.status === 'closed') expect(events.map((e) => e.type)).toEqual(['CaseReopened']);
        });
        // Replaying the stream gives the same state.
        expect(history.reduce(concernDecider.evolve, concernDecider.initialState())).toEqual(state);
      }),
      { numRuns: 400 },
    );
    // The generator must reach deep states, not only bounce off refusals.
    expect(accepted).toBeGreaterThan(2000);
    expect(refused).toBeGreaterThan(0);
  });

  // A coverage check on the generator, not a property: a fixed seed keeps it from flaking when a
  // rare event type happens not to come up in one random run. (Measures evaluated and ended are the
  // rare ones; the seed was chosen again when lysglimt joined the generator.)
  it('reaches every event type', () => {
    const seen = new Set<string>();
    fc.assert(
      fc.property(fc.array(step, { minLength: 10, maxLength: 80, size: 'max' }), (steps) => {
        let state = concernDecider.initialState();
        [register, ...steps].forEach((s, index) => {
          const { command, context } = build(s, state, index);
          try {
            const events = concernDecider.decide(command, state, context);
            events.forEach((event) => seen.add(event.type));
            state = events.reduce(concernDecider.evolve, state);
          } catch {
            // refusals are checked in the test above
          }
        });
      }),
      { numRuns: 600, seed: 6 },
    );
    expect([...seen].sort()).toHaveLength(22);
  });

  it('has an invariant checker that does notice a broken state', () => {
    const [registered] = concernDecider.decide(build(register, concernDecider.initialState(), 0).command, concernDecider.initialState(), { unitServesMunicipality: true });
    const open = concernDecider.evolve(concernDecider.initialState(), registered);
    if (open.status !== 'open') throw new Error('expected an open case');
    const broken: ConcernState = {
      ...open,
      level: 2,
      measures: new Map([['t', { owner: school, responsiblePractitionerId: '', startsOn: '2026-03-02', evaluationDates: [] }]]),
    };
    expect(invariantViolations(broken)).toEqual([
      'open at level 2 without a stafettholder',
      'measure t has no responsible person',
      'measure t has no evaluation date',
    ]);
  });
});
