import { ForbiddenProblem } from '@stafett/auth';
import { caseId, nurse, proposed, withClinic } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { DeclineHandoverCommand } from './decline-handover.command';
import { DeclineHandoverHandler } from './decline-handover.handler';

describe('DeclineHandoverHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const result = await new DeclineHandoverHandler(f.runner).execute(new DeclineHandoverCommand({ caseId, reason: 'Har ikke kapasitet' }, f.caller(nurse)));

    expect(result).toEqual({ events: ['HandoverDeclined'] });
    expect(await f.appended()).toEqual(['HandoverDeclined']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const command = new DeclineHandoverCommand({ caseId, reason: 'Har ikke kapasitet' }, f.caller(OUTSIDER));

    await expect(new DeclineHandoverHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
