import { clinicPrincipal, worklists } from '../../testing/worklist-handlers.fixture';
import { ListLevelZeroDecisionsHandler } from './list-level-zero-decisions.handler';
import { ListLevelZeroDecisionsQuery } from './list-level-zero-decisions.query';

describe('ListLevelZeroDecisionsHandler', () => {
  it("asks for the caller's unit on today's Norwegian date and answers with both", async () => {
    const asked: unknown[] = [];
    const reader = { levelZeroDecisions: async (...args: unknown[]) => (asked.push(args), { due: [], overdue: [] }) };
    const { clock } = await worklists(reader);
    const result = await new ListLevelZeroDecisionsHandler(reader as never, clock).execute(new ListLevelZeroDecisionsQuery(clinicPrincipal));

    expect(result).toEqual({ unitId: 'helsestasjon-b', today: '2026-03-20', due: [], overdue: [] });
    expect(asked).toEqual([['helsestasjon-b', '2026-03-20']]);
  });
});
