import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { guardianHealthStreamId, guardianHealthWithheld } from '../domain/guardian-health';

/**
 * Whether the child has asked that health information is not given to the guardians (pasient- og
 * brukerrettighetsloven § 3-4): read now from the child's stream, for what the guardians are shown.
 */
@Injectable()
export class GuardianHealthRestrictions {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async withheld(childId: string): Promise<boolean> {
    return guardianHealthWithheld(await this.store.readStream(guardianHealthStreamId(childId)));
  }
}
