import { osloDate } from '@stafett/kernel';
import { Controller, Get, Inject, Query } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { AUTH_CLOCK, CurrentPrincipal, Roles, type AuthClock, type Principal } from '@stafett/auth';
import { CaseWorklistReader } from '@stafett/concern/read-models/case-worklist/case-worklist.reader';
import { CaseParticipation } from '@stafett/consent';
import { EvaluationsWorklistQueryDto } from './worklists.query.dto';
import { ApiOkResponse } from '@nestjs/swagger';
import { EvaluationsView, HandoversView, LevelZeroDecisionsView, OpenCasesView, WithoutStafettholderView } from './worklists.responses';

const DEFAULT_EVALUATION_WINDOW_DAYS = 14;

/**
 * The BTI case worklists of the caller's own unit (never a unit given as a parameter): ids, levels,
 * dates and unit ids only. "Today" is the Norwegian calendar date of the injected clock.
 */
@Controller('api/v1/worklists')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class WorklistsController {
  private readonly reader: CaseWorklistReader;

  // TODO(concern-module): inject the reader once ConcernModule provides it; the module is owned by
  // the case command work, and the reader needs nothing but the global DataSource.
  constructor(
    dataSource: DataSource,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
    private readonly participation: CaseParticipation,
  ) {
    this.reader = new CaseWorklistReader(dataSource);
  }

  /** A unit whose joining consent lapsed no longer takes part: the case leaves its lists (issue 10 item 3). */
  @Get('open-cases')
  @ApiOkResponse({ type: OpenCasesView })
  async openCases(@CurrentPrincipal() principal: Principal) {
    const inForce = await this.participation.inForceOnly(principal.unitId, (await this.reader.openCases(principal.unitId)).items);
    const countsByLevel = { 0: 0, 1: 0, 2: 0, 3: 0 };
    for (const item of inForce) countsByLevel[item.level] += 1;
    return { unitId: principal.unitId, countsByLevel, items: inForce };
  }

  @Get('level-zero-decisions')
  @ApiOkResponse({ type: LevelZeroDecisionsView })
  async levelZeroDecisions(@CurrentPrincipal() principal: Principal) {
    const today = osloDate(this.clock.now());
    return { unitId: principal.unitId, today, ...(await this.reader.levelZeroDecisions(principal.unitId, today)) };
  }

  @Get('evaluations')
  @ApiOkResponse({ type: EvaluationsView })
  async evaluations(@CurrentPrincipal() principal: Principal, @Query() query: EvaluationsWorklistQueryDto) {
    const today = osloDate(this.clock.now());
    const withinDays = query.withinDays ?? DEFAULT_EVALUATION_WINDOW_DAYS;
    return { unitId: principal.unitId, today, withinDays, ...(await this.reader.evaluations(principal.unitId, today, withinDays)) };
  }

  @Get('handovers')
  @ApiOkResponse({ type: HandoversView })
  async handovers(@CurrentPrincipal() principal: Principal) {
    return { unitId: principal.unitId, items: await this.reader.handoversWaiting(principal.unitId) };
  }

  @Get('without-stafettholder')
  @ApiOkResponse({ type: WithoutStafettholderView })
  async withoutStafettholder(@CurrentPrincipal() principal: Principal) {
    return { unitId: principal.unitId, items: await this.participation.inForceOnly(principal.unitId, await this.reader.withoutStafettholder(principal.unitId)) };
  }
}
