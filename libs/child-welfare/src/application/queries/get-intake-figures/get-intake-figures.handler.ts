import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, FieldProblems, isIsoDate, type Clock } from '@stafett/kernel';
import { ReportClockReader, type IntakeFigures } from '../../../read-models/report-clock/report-clock.reader';
import { isChildWelfareServiceType } from '../../report-request';
import { intakeRefusal } from '../intake-refusal';
import { GetIntakeFiguresQuery } from './get-intake-figures.query';

@QueryHandler(GetIntakeFiguresQuery)
export class GetIntakeFiguresHandler implements IQueryHandler<GetIntakeFiguresQuery> {
  constructor(
    private readonly reader: ReportClockReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ period, principal }: GetIntakeFiguresQuery): Promise<IntakeFigures> {
    const { kommunenummer, from, to } = period;
    const problems = new FieldProblems();
    if (!isIsoDate(from)) problems.add('from', 'not a calendar date', 'from er ikke en gyldig dato.');
    if (!isIsoDate(to)) problems.add('to', 'not a calendar date', 'to er ikke en gyldig dato.');
    else if (isIsoDate(from) && from > to) problems.add('to', 'must not be before from', 'to kan ikke være før from.');
    problems.throwIfAny('IntakeFigures');
    const now = this.clock.now().toISOString();
    if (!isChildWelfareServiceType(principal.serviceType) || !(await this.reader.unitServes(principal.unitId, kommunenummer, now))) throw intakeRefusal();
    return this.reader.figures(kommunenummer, from, to, now, principal.unitId);
  }
}
