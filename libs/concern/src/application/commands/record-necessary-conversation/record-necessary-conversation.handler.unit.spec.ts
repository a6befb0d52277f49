import { ForbiddenProblem } from '@stafett/auth';
import { caseId, registered, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { RecordNecessaryConversationCommand } from './record-necessary-conversation.command';
import { RecordNecessaryConversationHandler } from './record-necessary-conversation.handler';

describe('RecordNecessaryConversationHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([registered]);
    const result = await new RecordNecessaryConversationHandler(f.runner).execute(new RecordNecessaryConversationCommand({ caseId, conversation: { heldOn: '2026-03-10', participants: ['Mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true } }, f.caller(teacher)));

    expect(result).toEqual({ events: ['NecessaryConversationRecorded'] });
    expect(await f.appended()).toEqual(['NecessaryConversationRecorded']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase([registered]);
    const command = new RecordNecessaryConversationCommand({ caseId, conversation: { heldOn: '2026-03-10', participants: ['Mor'], summarySharedWithGuardians: true, guardiansInformed: true, childInformed: true } }, f.caller(OUTSIDER));

    await expect(new RecordNecessaryConversationHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
