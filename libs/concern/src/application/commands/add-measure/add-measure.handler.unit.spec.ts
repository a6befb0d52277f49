import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, school, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { AddMeasureCommand } from './add-measure.command';
import { AddMeasureHandler } from './add-measure.handler';

describe('AddMeasureHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new AddMeasureHandler(f.runner, f.directory).execute(new AddMeasureCommand({ caseId, ownerUnitId: school.unitId, responsiblePractitionerId: teacher.practitionerId, goal: 'Frokost på skolen', startsOn: '2026-03-23', evaluationDates: ['2026-04-20'] }, f.caller(teacher)));

    expect(result).toEqual({ measureId: expect.any(String), events: ['MeasureAdded'] });
    expect(await f.appended()).toEqual(['MeasureAdded']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new AddMeasureCommand({ caseId, ownerUnitId: school.unitId, responsiblePractitionerId: teacher.practitionerId, goal: 'Frokost på skolen', startsOn: '2026-03-23', evaluationDates: ['2026-04-20'] }, f.caller(OUTSIDER));

    await expect(new AddMeasureHandler(f.runner, f.directory).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
