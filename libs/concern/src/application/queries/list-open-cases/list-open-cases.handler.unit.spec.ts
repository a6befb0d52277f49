import { clinicPrincipal, consentWithdrawn, listedCase, worklists } from '../../testing/worklist-handlers.fixture';
import { consentToAll } from '../../testing/case-handlers.fixture';
import { ListOpenCasesHandler } from './list-open-cases.handler';
import { ListOpenCasesQuery } from './list-open-cases.query';

const reader = { openCases: async () => ({ countsByLevel: { 0: 0, 1: 0, 2: 1, 3: 0 }, items: [listedCase] }) };

describe('ListOpenCasesHandler', () => {
  describe('when the unit joined the case on a consent still in force', () => {
    it('lists the case, counted by level', async () => {
      const { participation } = await worklists(reader, consentToAll);
      const result = await new ListOpenCasesHandler(reader as never, participation).execute(new ListOpenCasesQuery(clinicPrincipal));

      expect(result).toEqual({ unitId: 'helsestasjon-b', countsByLevel: { 0: 0, 1: 0, 2: 1, 3: 0 }, items: [listedCase] });
    });
  });

  describe('when the consent the unit joined on is withdrawn', () => {
    it('leaves the case out of the list and the counts', async () => {
      const { participation } = await worklists(reader, consentWithdrawn);
      const result = await new ListOpenCasesHandler(reader as never, participation).execute(new ListOpenCasesQuery(clinicPrincipal));

      expect(result).toEqual({ unitId: 'helsestasjon-b', countsByLevel: { 0: 0, 1: 0, 2: 0, 3: 0 }, items: [] });
    });
  });
});
