import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { ConsentQueries } from '@stafett/consent';
import { ExpiringConsentsQueryDto } from './consent.dto';
import { ApiOkResponse } from '@nestjs/swagger';
import { ExpiringConsentsView } from '../concerns/worklists.responses';

/** Consents about to expire, for the children of the open cases where the caller is stafettholder. */
@Controller('api/v1/worklists')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ExpiringConsentsController {
  constructor(private readonly queries: ConsentQueries) {}

  @Get('expiring-consents')
  @ApiOkResponse({ type: ExpiringConsentsView })
  async expiringConsents(@CurrentPrincipal() principal: Principal, @Query() query: ExpiringConsentsQueryDto) {
    return { practitionerId: principal.practitionerId, ...(await this.queries.expiringForStafettholder({ principal }, query.withinDays)) };
  }
}
