import { ForbiddenProblem } from '@stafett/auth';
import { caseId, nurse, proposed, teacher, withClinic } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { WithdrawHandoverCommand } from './withdraw-handover.command';
import { WithdrawHandoverHandler } from './withdraw-handover.handler';

describe('WithdrawHandoverHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const result = await new WithdrawHandoverHandler(f.runner).execute(new WithdrawHandoverCommand({ caseId, reason: 'Familien ombestemte seg' }, f.caller(teacher)));

    expect(result).toEqual({ events: ['HandoverWithdrawn'] });
    expect(await f.appended()).toEqual(['HandoverWithdrawn']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([...withClinic, proposed(nurse)]);
    const command = new WithdrawHandoverCommand({ caseId, reason: 'Familien ombestemte seg' }, f.caller(OUTSIDER));

    await expect(new WithdrawHandoverHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
