import { clinicPrincipal, consentWithdrawn, listedCase, worklists } from '../../testing/worklist-handlers.fixture';
import { consentToAll } from '../../testing/case-handlers.fixture';
import { ListCasesWithoutStafettholderHandler } from './list-cases-without-stafettholder.handler';
import { ListCasesWithoutStafettholderQuery } from './list-cases-without-stafettholder.query';

const { stafettholder: _none, ...item } = listedCase;
const reader = { withoutStafettholder: async () => [item] };

describe('ListCasesWithoutStafettholderHandler', () => {
  it('lists the cases of the unit that nobody holds the baton in', async () => {
    const { participation } = await worklists(reader, consentToAll);
    expect(await new ListCasesWithoutStafettholderHandler(reader as never, participation).execute(new ListCasesWithoutStafettholderQuery(clinicPrincipal))).toEqual({
      unitId: 'helsestasjon-b',
      items: [item],
    });
  });

  it('leaves out the cases in which the unit has lapsed', async () => {
    const { participation } = await worklists(reader, consentWithdrawn);
    expect(await new ListCasesWithoutStafettholderHandler(reader as never, participation).execute(new ListCasesWithoutStafettholderQuery(clinicPrincipal))).toEqual({
      unitId: 'helsestasjon-b',
      items: [],
    });
  });
});
