import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ChildSubjectInput, GuardianInput } from '../../../domain/child.commands';

/** A registration as the caller gives it; the child id is chosen by the handler. */
export interface RegisterChildRequest {
  readonly subject: ChildSubjectInput;
  readonly homeMunicipality: string;
  readonly guardians: readonly GuardianInput[];
}

export interface RegisterChildResult {
  readonly childId: string;
  /** False when the identity was registered already (by a retry, or by anyone): the API answers the same either way. */
  readonly created: boolean;
}

/** Register a child: personal fields encrypted with the child's own key, national ids kept only as keyed hashes. */
export class RegisterChildCommand extends Command<RegisterChildResult> {
  constructor(
    readonly request: RegisterChildRequest,
    readonly caller: Caller,
  ) {
    super();
  }
}
