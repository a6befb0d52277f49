import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { ConsentForm, GrantorRef, Grantee } from '../../../domain/consent.values';
import type { ConsentProvision } from '../../../domain/consent-vocabulary';

export interface RecordConsentInput {
  readonly grantors: readonly GrantorRef[];
  readonly missingPartyReason?: string;
  readonly grantees: readonly Grantee[];
  readonly decision: 'permit' | 'deny';
  readonly period: { readonly from: string; readonly to?: string };
  readonly provision: ConsentProvision;
  readonly form: ConsentForm;
}

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
