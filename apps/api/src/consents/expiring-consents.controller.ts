import { Controller, Get, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { CaseParticipation, ConsentQueries } from '@stafett/consent';
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
  constructor(
    private readonly queries: ConsentQueries,
    private readonly participation: CaseParticipation,
  ) {}

  @Get('lapsed-participation')
  async lapsedParticipation(@CurrentPrincipal() principal: Principal) {
    return { practitionerId: principal.practitionerId, items: await this.participation.forStafettholder(principal.practitionerId) };
  }

  @Get('expiring-consents')
  @ApiOkResponse({ type: ExpiringConsentsView })
  async expiringConsents(@CurrentPrincipal() principal: Principal, @Query() query: ExpiringConsentsQueryDto) {
    return { practitionerId: principal.practitionerId, ...(await this.queries.expiringForStafettholder({ principal }, query.withinDays)) };
  }
}
