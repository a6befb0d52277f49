import fc from 'fast-check';
import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import { ParticipationLapsedForbiddenError } from '../concern-authority.refusals';
import { createConcernDecider } from '../concern.decide';
import { CaseClosedError, StafettloggNotOpenError } from '../concern.refusals';
import type { ConcernEvent } from '../concern.events';
import type { RecordPositiveObservation } from '../positive-observation';
import { PositiveObservationOutsideLogError } from '../concern.refusals';
import {
  allowed,
  AT,
  atLevelOne,
  by,
  caseId,
  closedBy,
  expectNoPersonalData,
  logOpenAtLevelOne,
  nurse,
  ref,
  reportedAtLevelZero,
  registered,
  school,
  stillCovered,
  bup,
  teacher,
  withClinic,
} from '../testing/concern.fixtures';

const decider = createConcernDecider();
const spec = deciderSpec(decider, allowed);
const lysglimt: RecordPositiveObservation = {
  type: 'RecordPositiveObservation',
  caseId,
  actor: teacher,
  at: AT,
  observationId: 'lysglimt-1',
  observedOn: '2026-03-01',
  text: 'SECRET: hjalp en yngre elev med lekser i friminuttet',
  childsOwnWords: 'SECRET: «det var gøy å være den som kunne»',
};
const recorded = (who = teacher) =>
  ({
    type: 'PositiveObservationRecorded',
    data: { ...by(who), observationId: 'lysglimt-1', observedOn: '2026-03-01', text: lysglimt.text, childsOwnWords: lysglimt.childsOwnWords },
  }) as const;

describe('RecordPositiveObservation (lysglimt)', () => {
  describe('when the stafettlogg is open', () => {
    it('records what went well, the day it was seen and the child’s own words', () => spec.given(logOpenAtLevelOne).when(lysglimt).then([recorded()]));

    it('records it without the child’s words when the child said nothing', () => {
      const { childsOwnWords: _words, ...data } = recorded().data;
      spec.given(logOpenAtLevelOne).when({ ...lysglimt, childsOwnWords: undefined }).then([{ type: 'PositiveObservationRecorded', data }]);
    });

    it('lets a participating service record one, in its own name', () =>
      spec.given(withClinic).when({ ...lysglimt, actor: nurse }).then([{ ...recorded(), data: { ...recorded().data, by: ref(nurse) } }]));

    it('accepts a lysglimt seen on the day it is recorded, and refuses one from a day still to come', () => {
      spec.given(logOpenAtLevelOne).when({ ...lysglimt, observedOn: '2026-03-02' }).then([{ ...recorded(), data: { ...recorded().data, observedOn: '2026-03-02' } }]);
      spec
        .given(logOpenAtLevelOne)
        .when({ ...lysglimt, observedOn: '2026-03-03' })
        .thenThrows(InvalidCommandError, (e) => expect(e.problems).toEqual([expect.objectContaining({ field: 'observedOn', userMessage: 'Et lysglimt kan ikke registreres før det har skjedd.' })]));
    });

    it('refuses an empty text, a day that does not exist and empty child’s words, naming each field and repeating no text', () =>
      spec
        .given(logOpenAtLevelOne)
        .when({ ...lysglimt, text: ' ', observedOn: '2026-02-30', childsOwnWords: '' })
        .thenThrows(InvalidCommandError, (e) => {
          expect(e.problems.map((p) => p.field)).toEqual(['observedOn', 'text', 'childsOwnWords']);
          expectNoPersonalData(e);
        }));
  });

  describe('when there is no stafettlogg to write in', () => {
    it('refuses at level 0, before or after the level-0 decision, in Norwegian', () => {
      for (const history of [[registered], reportedAtLevelZero]) {
        spec
          .given(history)
          .when(lysglimt)
          .thenThrows(PositiveObservationOutsideLogError, (e) => {
            expect(e.userMessage).toBe('Lysglimt føres i stafettloggen, som ikke finnes på nivå 0 (Undring). Stafettloggen åpnes fra nivå 1 med samtykke fra de foresatte.');
            expect(e.code).toBe('positive-observation-outside-log');
            expectNoPersonalData(e);
          });
      }
    });

    it('refuses at level 1 until the log is opened', () => spec.given(atLevelOne).when(lysglimt).thenThrows(StafettloggNotOpenError));

    it('refuses a closed case until it is reopened', () => spec.given([...logOpenAtLevelOne, closedBy(1)]).when(lysglimt).thenThrows(CaseClosedError));
  });

  describe('when the service’s joining consent is withdrawn or expired', () => {
    it('refuses the service’s lysglimt, as every other entry', () =>
      deciderSpec(decider, { ...allowed, participation: stillCovered(school, bup) })
        .given(withClinic)
        .when({ ...lysglimt, actor: nurse })
        .thenThrows(ParticipationLapsedForbiddenError));
  });

  describe('for any text and any day up to the recording', () => {
    const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2025, 1, 1 + n)).toISOString().slice(0, 10));
    const text = fc.oneof(fc.string({ maxLength: 40 }), fc.constant(' '), fc.constant(''));

    it('either keeps the texts exactly as written, or refuses naming fields without repeating them; and changes nothing later decisions rest on', () => {
      const before = logOpenAtLevelOne.reduce(decider.evolve, decider.initialState());
      fc.assert(
        fc.property(text, fc.option(text, { nil: undefined }), day, (said, words, observedOn) => {
          const command = { ...lysglimt, text: `SECRET${said}`, childsOwnWords: words === undefined ? undefined : `SECRET${words}`, observedOn };
          let events: ConcernEvent[];
          try {
            events = decider.decide(command, before, allowed);
          } catch (error) {
            expect(error).toBeInstanceOf(InvalidCommandError);
            expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual(['observedOn']);
            expectNoPersonalData(error as InvalidCommandError);
            expect(observedOn > '2026-03-02').toBe(true);
            return;
          }
          expect(observedOn <= '2026-03-02').toBe(true);
          expect(events).toEqual([
            { type: 'PositiveObservationRecorded', data: { ...by(), observationId: 'lysglimt-1', observedOn, text: command.text, ...(words === undefined ? {} : { childsOwnWords: command.childsOwnWords }) } },
          ]);
          expect(events.reduce(decider.evolve, before)).toEqual(before);
        }),
        { numRuns: 300 },
      );
    });
  });
});
