import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { ChangeLevelCommand } from './change-level.command';
import { ChangeLevelHandler } from './change-level.handler';

describe('ChangeLevelHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new ChangeLevelHandler(f.runner, f.directory).execute(new ChangeLevelCommand({ caseId, to: 2, reason: 'Flere tjenester trengs' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['LevelChanged'] });
    expect(await f.appended()).toEqual(['LevelChanged']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new ChangeLevelCommand({ caseId, to: 2, reason: 'Flere tjenester trengs' }, f.caller(OUTSIDER));

    await expect(new ChangeLevelHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
