import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { QueryBus } from '@nestjs/cqrs';
import { ACCESS_REPORT_ROLE, ReadAccessReportQuery, renderAccessReportHtml } from '@stafett/access';
import { RequestId } from '../children/child-request.decorators';
import { AccessReportQueryDto, TimelineChildParamDto } from './timeline.dto';

/** The part of Express's response used here (its types are not a dependency of this app). */
interface HtmlResponse {
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * The guardians' access report (issue 5 item 5, issue 10 item 5): JSON, or a printable Norwegian page
 * with `?format=html` or `Accept: text/html`. Guardians have no login yet: the municipality's privacy
 * function (role `privacy-officer`) hands it out on their request, or on the child's from the consent
 * age (`?for=child`). Every other role gets 403. Handing it out is recorded in the access log.
 */
@Controller('api/v1/children')
@Roles(ACCESS_REPORT_ROLE)
export class AccessReportController {
  constructor(private readonly queryBus: QueryBus) {}

  @Get(':childId/access-report')
  async report(
    @Param() params: TimelineChildParamDto,
    @Query() query: AccessReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @RequestId() correlationId: string | undefined,
    @Res({ passthrough: true }) response: HtmlResponse,
  ) {
    const report = await this.queryBus.execute(new ReadAccessReportQuery(params.childId, query.for ?? 'guardians', { principal, correlationId }));
    const wantsHtml = query.format === 'html' || (query.format === undefined && /\btext\/html\b/i.test(accept ?? ''));
    if (!wantsHtml) return report;
    response.type('text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    return renderAccessReportHtml(report);
  }
}
