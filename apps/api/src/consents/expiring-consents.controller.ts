import { Controller, Get, Query } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { ListExpiringConsentsQuery, ListLapsedParticipationQuery } from '@stafett/consent';
import { ExpiringConsentsQueryDto } from './consent.dto';
import { ApiOkResponse } from '@nestjs/swagger';
import { ExpiringConsentsView } from '../concerns/worklists.responses';

/**
 * The stafettholder's consent worklists: consents about to expire, and services whose joining
 * consent is withdrawn or expired (the group must act), for the open cases the caller holds.
 */
@Controller('api/v1/worklists')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ExpiringConsentsController {
  constructor(private readonly queries: QueryBus) {}

  @Get('lapsed-participation')
  async lapsedParticipation(@CurrentPrincipal() principal: Principal) {
    return { practitionerId: principal.practitionerId, items: await this.queries.execute(new ListLapsedParticipationQuery(principal.practitionerId)) };
  }

  @Get('expiring-consents')
  @ApiOkResponse({ type: ExpiringConsentsView })
  async expiringConsents(@CurrentPrincipal() principal: Principal, @Query() query: ExpiringConsentsQueryDto) {
    return { practitionerId: principal.practitionerId, ...(await this.queries.execute(new ListExpiringConsentsQuery(principal.practitionerId, query.withinDays))) };
  }
}
