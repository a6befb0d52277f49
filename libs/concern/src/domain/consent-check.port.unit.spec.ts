import type { ConcernCommand } from './concern.commands';
import { consentQuestionFor } from './concern.context';
import { concernDecider } from './concern.decide';
import type { ConcernEvent } from './concern.events';
import { consentCovers } from './consent-check.port';
import { AT, atLevelOne, caseId, childId, clinic, nurse, proposed, registered, school, teacher, withClinic } from './testing/concern.fixtures';

const stateOf = (events: ConcernEvent[]) => events.reduce(concernDecider.evolve, concernDecider.initialState());
const p = { caseId, actor: teacher, at: AT };

describe('consentCovers', () => {
  const question = { childId, service: school, purpose: 'join-case', at: AT } as const;
  it('accepts only a positive answer with a consent id to the same child, service and purpose', () => {
    expect(consentCovers({ covered: true, consentId: 's-1', question }, question)).toBe(true);
    expect(consentCovers(undefined, question)).toBe(false);
    expect(consentCovers({ covered: true, consentId: '', question }, question)).toBe(false);
    expect(consentCovers({ covered: true, consentId: 's-1', question: { ...question, service: clinic } }, question)).toBe(false);
    expect(consentCovers({ covered: true, consentId: 's-1', question: { ...question, purpose: 'open-stafettlogg' } }, question)).toBe(false);
  });
});

describe('consentQuestionFor', () => {
  it('asks for the stafettholder’s service when the log opens', () =>
    expect(consentQuestionFor({ ...p, type: 'OpenStafettlogg' }, stateOf(atLevelOne))).toEqual({ childId, service: school, purpose: 'open-stafettlogg', at: AT }));

  it('asks for a joining service, but not for one already in the case', () => {
    const add: ConcernCommand = { ...p, type: 'AddParticipatingService', service: clinic };
    expect(consentQuestionFor(add, stateOf(atLevelOne))).toEqual({ childId, service: clinic, purpose: 'join-case', at: AT });
    expect(consentQuestionFor(add, stateOf(withClinic))).toBeUndefined();
  });

  it('asks for the receiver’s service when it takes the log over', () => {
    const accept: ConcernCommand = { ...p, actor: nurse, type: 'AcceptHandover' };
    expect(consentQuestionFor(accept, stateOf([...atLevelOne, proposed(nurse)]))).toEqual({ childId, service: clinic, purpose: 'take-over-stafettlogg', at: AT });
    expect(consentQuestionFor(accept, stateOf([...withClinic, proposed(nurse)]))).toBeUndefined();
  });

  it('asks nothing for a report to child welfare, nor for an unknown case', () => {
    expect(consentQuestionFor({ ...p, type: 'LinkReportToChildWelfare', reportId: 'm-1' }, stateOf([registered]))).toBeUndefined();
    expect(consentQuestionFor({ ...p, type: 'OpenStafettlogg' }, stateOf([]))).toBeUndefined();
  });
});
