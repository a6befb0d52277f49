import { Query } from '@nestjs/cqrs';
import type { Caller } from '@stafett/kernel';
import type { CallerDirectory } from '../../../domain/caller-directory';

/** The names of the units serving the caller's municipalities today, and of their practitioners. */
export class ShowDirectoryQuery extends Query<Pick<CallerDirectory, 'units' | 'practitioners'>> {
  constructor(readonly caller: Caller) {
    super();
  }
}
