import { Query } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CallerProfile } from '../../../domain/caller-directory';

/** Who the caller is: name, roles, unit and the municipalities it acts for today. */
export class ShowCallerQuery extends Query<CallerProfile> {
  constructor(readonly caller: Caller) {
    super();
  }
}
