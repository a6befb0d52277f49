import { ForbiddenProblem } from '@stafett/auth';
import { caseId, registered, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { DecideAtLevelZeroCommand } from './decide-at-level-zero.command';
import { DecideAtLevelZeroHandler } from './decide-at-level-zero.handler';

describe('DecideAtLevelZeroHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([registered]);
    const result = await new DecideAtLevelZeroHandler(f.runner, f.directory).execute(new DecideAtLevelZeroCommand({ caseId, decision: { outcome: 'level-1', reason: 'Trenger oppfølging', stafettholderId: teacher.practitionerId } }, f.caller(teacher)));

    expect(result).toEqual({ events: ['LevelZeroDecided', 'StafettholderAppointed', 'LevelChanged'] });
    expect(await f.appended()).toEqual(['LevelZeroDecided', 'StafettholderAppointed', 'LevelChanged']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([registered]);
    const command = new DecideAtLevelZeroCommand({ caseId, decision: { outcome: 'level-1', reason: 'Trenger oppfølging', stafettholderId: teacher.practitionerId } }, f.caller(OUTSIDER));

    await expect(new DecideAtLevelZeroHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
