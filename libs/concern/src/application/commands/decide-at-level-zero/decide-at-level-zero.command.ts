import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { LevelZeroDecision } from '../../../domain/concern.commands';
import type { CaseCommandResult } from '../../concern-command-runner';

/** The level-0 decision as a request gives it: the stafettholder by id. */
export interface LevelZeroDecisionInput {
  readonly outcome: LevelZeroDecision['outcome'];
  readonly reason: string;
  readonly stafettholderId?: string;
  readonly familyWish?: string;
  readonly reportId?: string;
}

/** The level-0 decision: close, go to level 1 or 2 (with a stafettholder named by id), or report to child welfare. */
export class DecideAtLevelZeroCommand extends Command<CaseCommandResult> {
  constructor(
    readonly input: { readonly caseId: string; readonly decision: LevelZeroDecisionInput },
    readonly caller: Caller,
  ) {
    super();
  }
}
