import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, type Clock } from '@stafett/kernel';
import { ReportClockReader, type IntakeWorklist } from '../../../read-models/report-clock/report-clock.reader';
import { isChildWelfareServiceType } from '../../report-request';
import { intakeRefusal } from '../intake-refusal';
import { GetIntakeWorklistQuery } from './get-intake-worklist.query';

/** Deadlines are computed on request from the `report-clock` projection and the clock: "overdue" (fristbrudd) needs no timer. */
@QueryHandler(GetIntakeWorklistQuery)
export class GetIntakeWorklistHandler implements IQueryHandler<GetIntakeWorklistQuery> {
  constructor(
    private readonly reader: ReportClockReader,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ principal }: GetIntakeWorklistQuery): Promise<IntakeWorklist> {
    if (!isChildWelfareServiceType(principal.serviceType)) throw intakeRefusal();
    return this.reader.worklist(principal.unitId, this.clock.now().toISOString());
  }
}
