import { ForbiddenProblem } from '@stafett/auth';
import { atLevelTwo, caseId, clinic, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { AddParticipatingServiceCommand } from './add-participating-service.command';
import { AddParticipatingServiceHandler } from './add-participating-service.handler';

describe('AddParticipatingServiceHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(atLevelTwo);
    const result = await new AddParticipatingServiceHandler(f.runner, f.directory).execute(new AddParticipatingServiceCommand({ caseId, unitId: clinic.unitId, task: 'Helsesamtaler' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['ServiceJoined'] });
    expect(await f.appended()).toEqual(['ServiceJoined']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(atLevelTwo);
    const command = new AddParticipatingServiceCommand({ caseId, unitId: clinic.unitId, task: 'Helsesamtaler' }, f.caller(OUTSIDER));

    await expect(new AddParticipatingServiceHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
