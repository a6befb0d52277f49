import { Injectable } from '@nestjs/common';
import type { ConcernEvent } from '../domain/concern.events';
import { ConcernCommandRunner, type ConcernCommandRequest } from './concern-command-runner';
import type { ConcernActor } from './concern-request';

/**
 * Transitional (issue 12): libs/child-welfare links a report to a case through this, from inside its
 * own use case; it goes once child-welfare sends LinkReportToChildWelfareCommand on the CommandBus.
 */
@Injectable()
export class ConcernCommands {
  constructor(private readonly runner: ConcernCommandRunner) {}

  execute(request: ConcernCommandRequest, actor: ConcernActor, idempotencyKey?: string): Promise<readonly ConcernEvent[]> {
    return this.runner.execute(request, { ...actor, idempotencyKey });
  }
}
