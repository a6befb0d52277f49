import { ForbiddenProblem } from '@stafett/auth';
import { caseId, nurse, proposed, withClinic } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { AcceptHandoverCommand } from './accept-handover.command';
import { AcceptHandoverHandler } from './accept-handover.handler';

describe('AcceptHandoverHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const result = await new AcceptHandoverHandler(f.runner).execute(new AcceptHandoverCommand({ caseId }, f.caller(nurse)));

    expect(result).toEqual({ events: ['HandoverAccepted'] });
    expect(await f.appended()).toEqual(['HandoverAccepted']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const command = new AcceptHandoverCommand({ caseId }, f.caller(OUTSIDER));

    await expect(new AcceptHandoverHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
