import { Inject, Injectable } from '@nestjs/common';
import { PRACTITIONER_DIRECTORY, type PractitionerDirectory } from '../principal/practitioner-directory.port';
import type { Principal } from '@stafett/kernel';
import { ForbiddenProblem } from '../problems/auth.problems';

const KOMMUNENUMMER = /^\d{4}$/;

/** A practitioner acts only for the municipalities their unit serves on the date in question. */
@Injectable()
export class MunicipalityAccess {
  constructor(@Inject(PRACTITIONER_DIRECTORY) private readonly directory: PractitionerDirectory) {}

  async mayActFor(principal: Principal, kommunenummer: string, at: Date): Promise<boolean> {
    // A malformed number is answered like any other refusal rather than with 400: the same
    // 403 body for every "no" keeps the answers uninformative.
    if (!KOMMUNENUMMER.test(kommunenummer)) return false;
    return this.directory.servesMunicipality(principal.unitId, kommunenummer, at);
  }

  /** Throws the standard 403 problem when the principal may not act for the municipality at `at`. */
  async assertMayActFor(principal: Principal, kommunenummer: string, at: Date): Promise<void> {
    if (!(await this.mayActFor(principal, kommunenummer, at))) {
      throw new ForbiddenProblem('unit does not serve the municipality on that date');
    }
  }
}
