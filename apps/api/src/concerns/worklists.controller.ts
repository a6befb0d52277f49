import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { ListCasesWithoutStafettholderQuery, ListEvaluationsDueQuery, ListHandoversWaitingQuery, ListLevelZeroDecisionsQuery, ListOpenCasesQuery } from '@stafett/concern';
import { EvaluationsWorklistQueryDto } from './worklists.query.dto';
import { EvaluationsView, HandoversView, LevelZeroDecisionsView, OpenCasesView, WithoutStafettholderView } from './worklists.responses';

/**
 * The BTI case worklists of the caller's own unit (never a unit given as a parameter): ids, levels,
 * dates and unit ids only. "Today" is the Norwegian calendar date of the injected clock.
 */
@Controller('api/v1/worklists')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class WorklistsController {
  constructor(private readonly queries: QueryBus) {}

  /** A unit whose joining consent lapsed no longer takes part: the case leaves its lists (issue 10 item 3). */
  @Get('open-cases')
  @ApiOkResponse({ type: OpenCasesView })
  openCases(@CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListOpenCasesQuery(principal));
  }

  @Get('level-zero-decisions')
  @ApiOkResponse({ type: LevelZeroDecisionsView })
  levelZeroDecisions(@CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListLevelZeroDecisionsQuery(principal));
  }

  @Get('evaluations')
  @ApiOkResponse({ type: EvaluationsView })
  evaluations(@CurrentPrincipal() principal: Principal, @Query() query: EvaluationsWorklistQueryDto) {
    return this.queries.execute(new ListEvaluationsDueQuery(principal, query.withinDays));
  }

  @Get('handovers')
  @ApiOkResponse({ type: HandoversView })
  handovers(@CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListHandoversWaitingQuery(principal));
  }

  @Get('without-stafettholder')
  @ApiOkResponse({ type: WithoutStafettholderView })
  withoutStafettholder(@CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new ListCasesWithoutStafettholderQuery(principal));
  }
}
