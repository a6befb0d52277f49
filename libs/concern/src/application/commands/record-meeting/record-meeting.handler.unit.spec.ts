import { ForbiddenProblem } from '@stafett/auth';
import { caseId, logOpenAtLevelOne, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { RecordMeetingCommand } from './record-meeting.command';
import { RecordMeetingHandler } from './record-meeting.handler';

describe('RecordMeetingHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const result = await new RecordMeetingHandler(f.runner).execute(new RecordMeetingCommand({ caseId, heldOn: '2026-03-19', participants: ['Mor', 'Lærer'], decisions: ['Frokost på skolen'], childsVoice: { kind: 'heard', said: 'Jeg er sulten' } }, f.caller(teacher)));

    expect(result).toEqual({ meetingId: expect.any(String), events: ['MeetingRecorded'] });
    expect(await f.appended()).toEqual(['MeetingRecorded']);
  });

  it('refuses a unit that takes no part in the case like an unknown case, writing nothing', async () => {
    const f = await givenCase(logOpenAtLevelOne);
    const command = new RecordMeetingCommand({ caseId, heldOn: '2026-03-19', participants: ['Mor', 'Lærer'], decisions: ['Frokost på skolen'], childsVoice: { kind: 'heard', said: 'Jeg er sulten' } }, f.caller(OUTSIDER));

    await expect(new RecordMeetingHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await f.appended()).toEqual([]);
  });
});
