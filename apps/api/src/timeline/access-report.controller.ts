import { Controller, Get, Headers, Param, Query, Res } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { renderAccessReportHtml } from '@stafett/access/access-log/access-report.html';
import { ReadAccessReportHandler } from '@stafett/access/access-log/read-access-report.handler';
import { AccessReportQueryDto, TimelineChildParamDto } from './timeline.dto';

/** The part of Express's response used here (its types are not a dependency of this app). */
interface HtmlResponse {
  type(contentType: string): unknown;
  setHeader(name: string, value: string): unknown;
}

/**
 * The guardians' access report (issue 5 item 5): JSON, or a printable Norwegian page with
 * `?format=html` or `Accept: text/html`. Guardians have no login yet, so a practitioner of a unit
 * serving the child's municipality fetches it for them. Not logged as a read: it shows no content.
 */
@Controller('api/v1/children')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class AccessReportController {
  constructor(private readonly readReport: ReadAccessReportHandler) {}

  @Get(':childId/access-report')
  async report(
    @Param() params: TimelineChildParamDto,
    @Query() query: AccessReportQueryDto,
    @Headers('accept') accept: string | undefined,
    @CurrentPrincipal() principal: Principal,
    @Res({ passthrough: true }) response: HtmlResponse,
  ) {
    const report = await this.readReport.execute(params.childId, principal);
    const wantsHtml = query.format === 'html' || (query.format === undefined && /\btext\/html\b/i.test(accept ?? ''));
    if (!wantsHtml) return report;
    response.type('text/html; charset=utf-8');
    response.setHeader('cache-control', 'no-store');
    return renderAccessReportHtml(report);
  }
}
