import { Injectable } from '@nestjs/common';
import { ChildCasesReader, mayTakePartIn } from '@stafett/concern';
import { InvalidCommandError, isUuid, osloDate, type Principal } from '@stafett/kernel';
import { OrganisationViewReader, unitServesMunicipality } from '@stafett/organisation';
import { isChildWelfareServiceType, reportRefusal } from '../../report-request';

/** Where a filed report goes: the child-welfare service of the municipality, and the BTI case it comes from. */
@Injectable()
export class FilingRecipients {
  constructor(
    private readonly organisation: OrganisationViewReader,
    private readonly cases: ChildCasesReader,
  ) {}

  /** The child-welfare service serving the municipality today (a barneverntjeneste before an on-call service). */
  async childWelfareUnitFor(kommunenummer: string, now: Date): Promise<{ unitId: string; serviceType: string }> {
    const state = await this.organisation.current();
    const serving = [...state.units.values()]
      .filter((unit) => isChildWelfareServiceType(unit.serviceType) && unitServesMunicipality(state, unit.unitId, kommunenummer, osloDate(now)))
      .sort((a, b) => Number(b.serviceType === 'barneverntjeneste') - Number(a.serviceType === 'barneverntjeneste') || a.unitId.localeCompare(b.unitId));
    const unit = serving[0];
    if (!unit) {
      throw new InvalidCommandError('FileReport', [
        { field: 'document.kommunenummer', message: 'no child-welfare service serves the municipality', userMessage: 'Ingen barneverntjeneste er registrert for kommunen.' },
      ]);
    }
    return { unitId: unit.unitId, serviceType: unit.serviceType };
  }

  /** The BTI case must be about one of the report's children, and the caller's unit must take part in it; otherwise the case's 403. */
  async caseOfChild(caseId: string, childIds: readonly string[], principal: Principal): Promise<string> {
    if (!isUuid(caseId) || childIds.length === 0) throw reportRefusal();
    const onRecord = await this.cases.caseOnRecord(caseId.toLowerCase());
    if (!onRecord || !childIds.includes(onRecord.state.childId.toLowerCase()) || !mayTakePartIn(onRecord.state, principal.unitId, 'LinkReportToChildWelfare')) throw reportRefusal();
    return caseId.toLowerCase();
  }
}
