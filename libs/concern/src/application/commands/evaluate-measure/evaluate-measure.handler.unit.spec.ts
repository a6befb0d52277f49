import { ForbiddenProblem } from '@stafett/auth';
import { caseId, teacher, withMeasure } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { EvaluateMeasureCommand } from './evaluate-measure.command';
import { EvaluateMeasureHandler } from './evaluate-measure.handler';

describe('EvaluateMeasureHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(withMeasure);
    const result = await new EvaluateMeasureHandler(f.runner).execute(new EvaluateMeasureCommand({ caseId, measureId: 'tiltak-1', evaluatedOn: '2026-03-19', effect: 'better', note: 'Mer opplagt' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['MeasureEvaluated'] });
    expect(await f.appended()).toEqual(['MeasureEvaluated']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(withMeasure);
    const command = new EvaluateMeasureCommand({ caseId, measureId: 'tiltak-1', evaluatedOn: '2026-03-19', effect: 'better', note: 'Mer opplagt' }, f.caller(OUTSIDER));

    await expect(new EvaluateMeasureHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
