import { ForbiddenProblem } from '@stafett/auth';
import { caseId, closedBy, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { ReopenCaseCommand } from './reopen-case.command';
import { ReopenCaseHandler } from './reopen-case.handler';

describe('ReopenCaseHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([...logOpenAtLevelOne, closedBy(1)]);
    const result = await new ReopenCaseHandler(f.runner).execute(new ReopenCaseCommand({ caseId, reason: 'Bekymringen er tilbake' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['CaseReopened'] });
    expect(await f.appended()).toEqual(['CaseReopened']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([...logOpenAtLevelOne, closedBy(1)]);
    const command = new ReopenCaseCommand({ caseId, reason: 'Bekymringen er tilbake' }, f.caller(OUTSIDER));

    await expect(new ReopenCaseHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
