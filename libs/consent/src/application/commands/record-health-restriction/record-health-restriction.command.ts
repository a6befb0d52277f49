import { Command } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';

/**
 * The child (from 12) asks that health information is not given to the guardians (`withhold`), or
 * lifts that wish (`release`): pasient- og brukerrettighetsloven § 3-4, recorded by a health service
 * in one of the child's cases.
 */
export class RecordHealthRestrictionCommand extends Command<{ childId: string; withheld: boolean }> {
  constructor(
    readonly childId: string,
    readonly wish: 'withhold' | 'release',
    readonly caller: Caller,
  ) {
    super();
  }
}
