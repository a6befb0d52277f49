import { ForbiddenProblem } from '@stafett/auth';
import { caseId, reportedAtLevelZero, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { AppointStafettholderCommand } from './appoint-stafettholder.command';
import { AppointStafettholderHandler } from './appoint-stafettholder.handler';

describe('AppointStafettholderHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(reportedAtLevelZero);
    const result = await new AppointStafettholderHandler(f.runner, f.directory).execute(new AppointStafettholderCommand({ caseId, practitionerId: teacher.practitionerId }, f.caller(teacher)));

    expect(result).toEqual({ events: ['StafettholderAppointed'] });
    expect(await f.appended()).toEqual(['StafettholderAppointed']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(reportedAtLevelZero);
    const command = new AppointStafettholderCommand({ caseId, practitionerId: teacher.practitionerId }, f.caller(OUTSIDER));

    await expect(new AppointStafettholderHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
