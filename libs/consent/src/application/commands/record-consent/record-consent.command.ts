import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { RecordConsent } from '../../../domain/consent.commands';

/** What the caller gives; the consent's id, the child, the recorder and the instant are the server's. */
export type RecordConsentInput = Omit<RecordConsent, 'type' | 'consentId' | 'childId' | 'actor' | 'at'>;

/** Record a consent the family has given, for a child the caller's unit coordinates a case of; answers with its id. */
export class RecordConsentCommand extends Command<{ consentId: string }> {
  constructor(
    readonly childId: string,
    readonly input: RecordConsentInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
