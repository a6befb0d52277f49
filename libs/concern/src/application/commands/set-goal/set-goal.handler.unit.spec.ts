import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { SetGoalCommand } from './set-goal.command';
import { SetGoalHandler } from './set-goal.handler';

describe('SetGoalHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new SetGoalHandler(f.runner).execute(new SetGoalCommand({ caseId, description: 'Møter uthvilt på skolen' }, f.caller(teacher)));

    expect(result).toEqual({ goalId: expect.any(String), events: ['GoalSet'] });
    expect(await f.appended()).toEqual(['GoalSet']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new SetGoalCommand({ caseId, description: 'Møter uthvilt på skolen' }, f.caller(OUTSIDER));

    await expect(new SetGoalHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
