import { Controller, Get, Param, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { QueryBus } from '@nestjs/cqrs';
import { ReadTimelineQuery } from '@stafett/access';
import { RequestId } from '../children/child-request.decorators';
import { ReadTimelineQueryDto, TimelineChildParamDto } from './timeline.dto';

/**
 * The child's cross-service timeline (issue 5 item 4). Each entry carries the policy's decision and
 * basis; the use case decides nothing itself beyond asking the policy, and records the read.
 */
@Controller('api/v1/children')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class TimelineController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':childId/timeline')
  read(
    @Param() params: TimelineChildParamDto,
    @Query() query: ReadTimelineQueryDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() correlationId: string | undefined,
  ) {
    return this.queryBus.execute(new ReadTimelineQuery(params.childId, query.purpose, { principal, correlationId }));
  }
}
