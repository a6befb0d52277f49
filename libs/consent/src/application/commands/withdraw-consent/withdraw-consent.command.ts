import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { GrantorRef } from '../../../domain/consent.values';

export interface WithdrawConsentInput {
  /** The grantor on whose behalf the practitioner records the withdrawal. */
  readonly onBehalfOf: GrantorRef;
}

/** Record that a grantor withdraws a consent of the child, effective now. */
export class WithdrawConsentCommand extends Command<{ consentId: string; withdrawnAt: string }> {
  constructor(
    readonly childId: string,
    readonly consentId: string,
    readonly input: WithdrawConsentInput,
    readonly caller: Caller,
  ) {
    super();
  }
}
