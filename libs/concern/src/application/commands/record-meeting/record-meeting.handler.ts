import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommandRunner, type CaseCommandResult } from '../../concern-command-runner';
import { newConcernId } from '../../concern-request';
import { RecordMeetingCommand } from './record-meeting.command';

@CommandHandler(RecordMeetingCommand)
export class RecordMeetingHandler implements ICommandHandler<RecordMeetingCommand> {
  constructor(private readonly runner: ConcernCommandRunner) {}

  async execute({ input, caller }: RecordMeetingCommand): Promise<{ meetingId: string } & CaseCommandResult> {
    const meetingId = newConcernId(caller.principal, caller.idempotencyKey, 'meeting');
    return { meetingId, ...(await this.runner.run({ type: 'RecordMeeting', meetingId, ...input }, caller)) };
  }
}
