import { clinicPrincipal, worklists } from '../../testing/worklist-handlers.fixture';
import { ListEvaluationsDueHandler } from './list-evaluations-due.handler';
import { ListEvaluationsDueQuery } from './list-evaluations-due.query';

describe('ListEvaluationsDueHandler', () => {
  const asked: unknown[] = [];
  const reader = { evaluations: async (...args: unknown[]) => (asked.push(args), { due: [], overdue: [] }) };

  beforeEach(() => asked.splice(0));

  it('looks 14 days ahead unless asked otherwise', async () => {
    const { clock } = await worklists(reader);
    const result = await new ListEvaluationsDueHandler(reader as never, clock).execute(new ListEvaluationsDueQuery(clinicPrincipal));

    expect(result).toEqual({ unitId: 'helsestasjon-b', today: '2026-03-20', withinDays: 14, due: [], overdue: [] });
    expect(asked).toEqual([['helsestasjon-b', '2026-03-20', 14]]);
  });

  it('takes the window asked for', async () => {
    const { clock } = await worklists(reader);
    await new ListEvaluationsDueHandler(reader as never, clock).execute(new ListEvaluationsDueQuery(clinicPrincipal, 3));

    expect(asked).toEqual([['helsestasjon-b', '2026-03-20', 3]]);
  });
});
