import { Controller, Get, Inject, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTH_CLOCK, CurrentPrincipal, ForbiddenProblem, Roles, type AuthClock, type Principal } from '@stafett/auth';
import { ReportClockReader } from '@stafett/child-welfare/read-models/report-clock/report-clock.reader';
import { DEFAULT_SERVICE_TYPES, FieldProblems, findServiceType, isIsoDate, OrganisationViewReader } from '@stafett/organisation';
import { IntakeFiguresQueryDto } from './intake-figures.query.dto';

/** The same 403 for every "no": not a child-welfare unit, or a municipality it does not serve. */
const refusal = () => new ForbiddenProblem('not a child-welfare unit serving the municipality');

const isChildWelfareUnit = (principal: Principal) => findServiceType(DEFAULT_SERVICE_TYPES, principal.serviceType)?.family === 'child-welfare';

/**
 * Child-welfare intake (issue 6): the worklists of the caller's own unit (the reports of the
 * municipalities it serves today) and the compliance figures of one municipality it serves.
 * Deadlines are computed on request from the `report-clock` projection and the injected clock:
 * "overdue" (fristbrudd) needs no timer. Ids, codes, counts and dates only, never a text.
 */
@Controller('api/v1/intake')
@Roles('intake', 'caseworker', 'leader')
export class IntakeWorklistsController {
  private readonly reader: ReportClockReader;

  // The reader needs nothing but the global DataSource and the organisation view; it is built here
  // rather than provided by ChildWelfareModule, which belongs to the report command work.
  constructor(
    dataSource: DataSource,
    organisation: OrganisationViewReader,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {
    this.reader = new ReportClockReader(dataSource, organisation);
  }

  @Get('worklist')
  async worklist(@CurrentPrincipal() principal: Principal) {
    if (!isChildWelfareUnit(principal)) throw refusal();
    return this.reader.worklist(principal.unitId, this.clock.now().toISOString());
  }

  @Get('figures')
  async figures(@CurrentPrincipal() principal: Principal, @Query() query: IntakeFiguresQueryDto) {
    const problems = new FieldProblems();
    if (!isIsoDate(query.from)) problems.add('from', 'not a calendar date', 'from er ikke en gyldig dato.');
    if (!isIsoDate(query.to)) problems.add('to', 'not a calendar date', 'to er ikke en gyldig dato.');
    else if (isIsoDate(query.from) && query.from > query.to) problems.add('to', 'must not be before from', 'to kan ikke være før from.');
    problems.throwIfAny('IntakeFigures');
    const now = this.clock.now().toISOString();
    if (!isChildWelfareUnit(principal) || !(await this.reader.unitServes(principal.unitId, query.kommunenummer, now))) throw refusal();
    return this.reader.figures(query.kommunenummer, query.from, query.to, now, principal.unitId);
  }
}
