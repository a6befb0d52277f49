import { Refusal, refusalTable } from './refusal';

const refusals = refusalTable('example', {
  'case-closed': {
    status: 409,
    message: (p: { caseId: string; commandType: string }) => `Case ${p.caseId} is closed; ${p.commandType} is refused`,
    userMessage: () => 'Saken er avsluttet.',
  },
  'case-not-found': { status: 404, message: (p: { caseId: string }) => `Case ${p.caseId} is not registered`, userMessage: () => 'Saken finnes ikke.' },
});
const CaseClosed = refusals.kind('case-closed', (caseId: string, commandType: string) => ({ caseId, commandType }));
const CaseNotFound = refusals.kind('case-not-found', (caseId: string) => ({ caseId }));

describe('refusal tables', () => {
  it('build a refusal with its code, status, texts and parameters', () => {
    const refusal = new CaseClosed('c-1', 'AddGoal');
    expect(refusal).toBeInstanceOf(Refusal);
    expect(refusal).toBeInstanceOf(Error);
    expect(refusal).toMatchObject({ context: 'example', code: 'case-closed', status: 409, userMessage: 'Saken er avsluttet.', caseId: 'c-1', commandType: 'AddGoal' });
    expect(refusal.message).toBe('Case c-1 is closed; AddGoal is refused');
  });

  it('match `instanceof` by code, so a test names the refusal it expects', () => {
    expect(new CaseClosed('c-1', 'AddGoal')).toBeInstanceOf(CaseClosed);
    expect(new CaseClosed('c-1', 'AddGoal')).not.toBeInstanceOf(CaseNotFound);
    expect(new Error('x')).not.toBeInstanceOf(CaseClosed);
  });

  it('keep contexts apart: the same code in another table is another refusal', () => {
    const Other = refusalTable('other', { 'case-closed': { status: 409, message: () => 'm', userMessage: () => 'u' } }).kind('case-closed', () => ({}));
    expect(new Other()).not.toBeInstanceOf(CaseClosed);
  });
});
