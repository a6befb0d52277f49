import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { RecordAgreementCommand } from './record-agreement.command';
import { RecordAgreementHandler } from './record-agreement.handler';

describe('RecordAgreementHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new RecordAgreementHandler(f.runner).execute(new RecordAgreementCommand({ caseId, text: 'Mor følger til skolen', dueOn: '2026-04-01' }, f.caller(teacher)));

    expect(result).toEqual({ agreementId: expect.any(String), events: ['AgreementRecorded'] });
    expect(await f.appended()).toEqual(['AgreementRecorded']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new RecordAgreementCommand({ caseId, text: 'Mor følger til skolen', dueOn: '2026-04-01' }, f.caller(OUTSIDER));

    await expect(new RecordAgreementHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
