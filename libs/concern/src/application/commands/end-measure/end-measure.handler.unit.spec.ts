import { ForbiddenProblem } from '@stafett/auth';
import { caseId, teacher, withMeasure } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { EndMeasureCommand } from './end-measure.command';
import { EndMeasureHandler } from './end-measure.handler';

describe('EndMeasureHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(withMeasure);
    const result = await new EndMeasureHandler(f.runner).execute(new EndMeasureCommand({ caseId, measureId: 'tiltak-1', endedOn: '2026-03-19', reason: 'Målet er nådd' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['MeasureEnded'] });
    expect(await f.appended()).toEqual(['MeasureEnded']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(withMeasure);
    const command = new EndMeasureCommand({ caseId, measureId: 'tiltak-1', endedOn: '2026-03-19', reason: 'Målet er nådd' }, f.caller(OUTSIDER));

    await expect(new EndMeasureHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
