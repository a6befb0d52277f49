import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';

export interface RecordConsultationInput {
  readonly consultedUnitId?: string;
  readonly consultedServiceType: string;
  readonly heldOn: string;
  readonly topic: string;
  readonly advice: string;
}

/** Record an anonymous case discussion (anonym drøfting); answers with the consultation's id. */
export class RecordConsultationCommand extends Command<{ consultationId: string }> {
  constructor(
    readonly input: RecordConsultationInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
