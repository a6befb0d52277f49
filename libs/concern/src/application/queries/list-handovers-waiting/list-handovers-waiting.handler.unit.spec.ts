import type { HandoverItem } from '../../../read-models/case-worklist/case-worklist.reader';
import { clinicPrincipal, listedCase } from '../../testing/worklist-handlers.fixture';
import { ListHandoversWaitingHandler } from './list-handovers-waiting.handler';
import { ListHandoversWaitingQuery } from './list-handovers-waiting.query';

describe('ListHandoversWaitingHandler', () => {
  it("answers with the handovers waiting in the caller's unit", async () => {
    const handover: HandoverItem = {
      caseId: listedCase.caseId,
      childId: listedCase.childId,
      level: 2,
      from: { unitId: 'skole-a', practitionerId: 'laerer-1' },
      to: { unitId: 'helsestasjon-b', practitionerId: 'helsesykepleier-1' },
      proposedAt: listedCase.updatedAt,
    };
    const asked: string[] = [];
    const reader = { handoversWaiting: async (unitId: string) => (asked.push(unitId), [handover]) };

    expect(await new ListHandoversWaitingHandler(reader as never).execute(new ListHandoversWaitingQuery(clinicPrincipal))).toEqual({ unitId: 'helsestasjon-b', items: [handover] });
    expect(asked).toEqual(['helsestasjon-b']);
  });
});
