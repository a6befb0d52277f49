import { ForbiddenProblem } from '@stafett/auth';
import { atLevelOne, caseId, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { OpenStafettloggCommand } from './open-stafettlogg.command';
import { OpenStafettloggHandler } from './open-stafettlogg.handler';

describe('OpenStafettloggHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(atLevelOne);
    const result = await new OpenStafettloggHandler(f.runner).execute(new OpenStafettloggCommand({ caseId }, f.caller(teacher)));

    expect(result).toEqual({ events: ['StafettloggOpened'] });
    expect(await f.appended()).toEqual(['StafettloggOpened']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(atLevelOne);
    const command = new OpenStafettloggCommand({ caseId }, f.caller(OUTSIDER));

    await expect(new OpenStafettloggHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
