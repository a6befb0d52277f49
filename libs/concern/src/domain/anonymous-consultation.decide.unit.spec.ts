import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import type { RecordAnonymousConsultation } from './anonymous-consultation.commands';
import { anonymousConsultationDecider, consultationFacts } from './anonymous-consultation.decide';
import type { AnonymousConsultationRecorded } from './anonymous-consultation.events';
import { consultationStreamId } from './anonymous-consultation.events';
import { ConsultationAlreadyRecordedError } from './concern.refusals';
import { AT, ref, school, teacher } from './testing/concern.fixtures';

const spec = deciderSpec(anonymousConsultationDecider, undefined);
const consultationId = '0b6f1e7c-2d4a-4c8b-9e3f-5a6b7c8d9e0f';
const record: RecordAnonymousConsultation = {
  type: 'RecordAnonymousConsultation',
  consultationId,
  actor: teacher,
  at: AT,
  consultedService: { serviceType: 'barneverntjeneste' },
  heldOn: '2026-03-01',
  topic: 'SECRET: gutt i 3. klasse som ofte kommer uten mat',
  advice: 'SECRET: ha den nødvendige samtalen med foreldrene',
};
const recorded: AnonymousConsultationRecorded = {
  type: 'AnonymousConsultationRecorded',
  data: {
    consultationId,
    by: ref(teacher),
    at: AT,
    consultedService: { serviceType: 'barneverntjeneste' },
    heldOn: '2026-03-01',
    topic: record.topic,
    advice: record.advice,
  },
};

describe('RecordAnonymousConsultation', () => {
  it('records which service was consulted, the topic and the advice, with no child identity', () => {
    spec.given([]).when(record).then([recorded]);
    expect(Object.keys(recorded.data)).not.toEqual(expect.arrayContaining(['childId']));
    expect(consultationStreamId(consultationId)).toBe(`consultation-${consultationId}`);
  });

  it('refuses a text that looks like a national id', () =>
    spec
      .given([])
      .when({ ...record, topic: 'SECRET: gjelder 170519 50186' })
      .thenThrows(InvalidCommandError, (e) => {
        expect(e.problems.map((p) => p.field)).toEqual(['topic']);
        expect(JSON.stringify(e.problems)).not.toContain('50186');
      }));

  it('refuses a consultation with the own unit, and one in the future', () => {
    spec.given([]).when({ ...record, consultedService: { serviceType: 'skole', unitId: school.unitId } }).thenThrows(InvalidCommandError);
    spec.given([]).when({ ...record, heldOn: '2026-03-03' }).thenThrows(InvalidCommandError, (e) => expect(e.problems[0].field).toBe('heldOn'));
  });

  it('refuses recording it twice', () => spec.given([recorded]).when(record).thenThrows(ConsultationAlreadyRecordedError));

  it('gives the case decider what a link needs', () => {
    const state = anonymousConsultationDecider.evolve(anonymousConsultationDecider.initialState(), recorded);
    expect(consultationFacts(state)).toEqual({ consultationId, recordedBy: school });
    expect(consultationFacts(anonymousConsultationDecider.initialState())).toBeUndefined();
  });
});
