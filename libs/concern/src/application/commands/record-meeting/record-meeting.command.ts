import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CaseCommandInput, CaseCommandResult } from '../../concern-command-runner';

/** Record a meeting in the stafettlogg, with the child's voice; answers with the meeting's id. */
export class RecordMeetingCommand extends Command<{ readonly meetingId: string } & CaseCommandResult> {
  constructor(
    readonly input: CaseCommandInput<'RecordMeeting', 'meetingId'>,
    readonly caller: Caller,
  ) {
    super();
  }
}
