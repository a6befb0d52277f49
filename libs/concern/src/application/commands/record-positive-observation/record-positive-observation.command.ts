import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';

export interface RecordPositiveObservationInput {
  readonly caseId: string;
  /** The day it was seen (YYYY-MM-DD). */
  readonly observedOn: string;
  /** What went well for the child. */
  readonly text: string;
  /** What the child said about it, if anything. */
  readonly childsOwnWords?: string;
}

/** Record a lysglimt in the case's stafettlogg; answers with its id and the types of the events appended. */
export class RecordPositiveObservationCommand extends Command<{ observationId: string; events: string[] }> {
  constructor(
    readonly input: RecordPositiveObservationInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
