import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { MunicipalityAccess } from '@stafett/auth';
import { checkNationalId, NationalIdHasher } from '@stafett/identity';
import { CLOCK, InvalidCommandError, type Clock } from '@stafett/kernel';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import { ChildIndexReader, type IndexedChild } from '../../../read-models/child-index/child-index.reader';
import { FindChildrenQuery } from './find-children.query';

/**
 * The number is hashed with the lookup key and only the hash is looked up. Answers ids and home
 * municipality only, and only for municipalities the caller's unit serves today; a child elsewhere
 * is left out exactly as if it did not exist. No names are returned, so nothing is recorded in the
 * child's access log (a later read of the child is).
 */
@QueryHandler(FindChildrenQuery)
export class FindChildrenHandler implements IQueryHandler<FindChildrenQuery> {
  constructor(
    private readonly index: ChildIndexReader,
    private readonly hasher: NationalIdHasher,
    private readonly access: MunicipalityAccess,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mode'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ nationalId, caller }: FindChildrenQuery): Promise<IndexedChild[]> {
    const check = checkNationalId(nationalId, { allowSynthetic: this.config.mode !== 'production' });
    if (!check.ok) {
      throw new InvalidCommandError('FindChildren', [{ field: 'nationalId', message: check.error.message, userMessage: check.error.userMessage }]);
    }
    const now = this.clock.now();
    const candidates = await this.index.findByLookupHash(this.hasher.hash(check.nationalId.value));
    const served = new Map<string, boolean>();
    for (const kommunenummer of new Set(candidates.map((child) => child.homeMunicipality))) {
      served.set(kommunenummer, await this.access.mayActFor(caller.principal, kommunenummer, now));
    }
    return candidates.filter((child) => served.get(child.homeMunicipality) === true);
  }
}
