import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { checkNationalId, NationalIdHasher } from '@stafett/identity';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import { InvalidCommandError } from '@stafett/kernel';
import { ChildIndexReader, type IndexedChild } from '../../read-models/child-index/child-index.reader';
import type { ChildRequestContext } from './child-request';

/**
 * Finds children by a national id: the child's own, the mother's (unborn child) or a guardian's.
 * The number is hashed with the lookup key and only the hash is looked up. Answers ids and home
 * municipality only, and only for municipalities the caller's unit serves today; a child elsewhere
 * is left out exactly as if it did not exist. No names are returned, so nothing is recorded in the
 * child's access log (a later read of the child is).
 */
@Injectable()
export class FindChildrenHandler {
  constructor(
    private readonly index: ChildIndexReader,
    private readonly hasher: NationalIdHasher,
    private readonly access: MunicipalityAccess,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mode'>,
  ) {}

  async execute(nationalId: string, context: ChildRequestContext, now: Date = new Date()): Promise<IndexedChild[]> {
    const check = checkNationalId(nationalId, { allowSynthetic: this.config.mode !== 'production' });
    if (!check.ok) {
      throw new InvalidCommandError('FindChildren', [{ field: 'nationalId', message: check.error.message, userMessage: check.error.userMessage }]);
    }
    const candidates = await this.index.findByLookupHash(this.hasher.hash(check.nationalId.value));
    const served = new Map<string, boolean>();
    for (const kommunenummer of new Set(candidates.map((child) => child.homeMunicipality))) {
      served.set(kommunenummer, await this.access.mayActFor(context.principal, kommunenummer, now));
    }
    return candidates.filter((child) => served.get(child.homeMunicipality) === true);
  }
}
