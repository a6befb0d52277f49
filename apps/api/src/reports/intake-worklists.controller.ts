import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { GetIntakeFiguresQuery, GetIntakeWorklistQuery } from '@stafett/child-welfare';
import { IntakeFiguresQueryDto } from './intake-figures.query.dto';

/**
 * Child-welfare intake (issue 6): the worklists of the caller's own unit (the reports of the
 * municipalities it serves today) and the compliance figures of one municipality it serves.
 * Ids, codes, counts and dates only, never a text.
 */
@Controller('api/v1/intake')
@Roles('intake', 'caseworker', 'leader')
export class IntakeWorklistsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('worklist')
  worklist(@CurrentPrincipal() principal: Principal) {
    return this.queries.execute(new GetIntakeWorklistQuery(principal));
  }

  @Get('figures')
  figures(@CurrentPrincipal() principal: Principal, @Query() query: IntakeFiguresQueryDto) {
    return this.queries.execute(new GetIntakeFiguresQuery({ kommunenummer: query.kommunenummer, from: query.from, to: query.to }, principal));
  }
}
