import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { CloseCaseCommand } from './close-case.command';
import { CloseCaseHandler } from './close-case.handler';

describe('CloseCaseHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new CloseCaseHandler(f.runner).execute(new CloseCaseCommand({ caseId, closingNote: 'Det går bra nå' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['CaseClosed'] });
    expect(await f.appended()).toEqual(['CaseClosed']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new CloseCaseCommand({ caseId, closingNote: 'Det går bra nå' }, f.caller(OUTSIDER));

    await expect(new CloseCaseHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
