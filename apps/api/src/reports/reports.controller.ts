import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '@stafett/auth';
import { QueryBus } from '@nestjs/cqrs';
import { ExportReportQuery, ReadReportQuery } from '@stafett/access';
import { ReportCommands, ReportQueries, type ChildWelfareReportCommand, type ReviewDecision } from '@stafett/child-welfare';
import { Caller, type ConcernCaller } from '../concerns/concern-caller.decorator';
import { ConcludeInvestigationDto, ExtendInvestigationDto, FileReportDto, ReceiptExemptionDto, RegisterReportDto, ReviewReportDto } from './report.dto';

const PRACTITIONERS = ['practitioner', 'leader', 'intake', 'caseworker'] as const;
const CHILD_WELFARE = ['intake', 'caseworker'] as const;

/**
 * Reports of concern to child welfare (issue 6). Any practitioner files one (a statutory duty: no
 * consent), and sees only what child welfare has told the unit (`/mine`). The report itself and its
 * export (the disclosure module: policy and access log) and every step of intake are for child
 * welfare of the unit that owns it; everyone else gets the same 403 as for an unknown report.
 */
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly commands: ReportCommands,
    private readonly queries: ReportQueries,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...PRACTITIONERS)
  async file(@Body() body: FileReportDto, @Caller() caller: ConcernCaller) {
    const filed = await this.commands.file({ document: body.document, childId: body.childId, caseId: body.caseId }, caller.actor, caller.idempotencyKey);
    return { reportId: filed.reportId, events: filed.events.map((e) => e.type) };
  }

  @Post('private')
  @HttpCode(201)
  @Roles('intake')
  async register(@Body() body: RegisterReportDto, @Caller() caller: ConcernCaller) {
    const { document, childIds, reporterCategory, receivedAt } = body;
    const filed = await this.commands.register({ document, childIds, reporterCategory, receivedAt }, caller.actor, caller.idempotencyKey);
    return { reportId: filed.reportId, events: filed.events.map((e) => e.type) };
  }

  @Get('mine')
  @Roles(...PRACTITIONERS)
  async mine(@Caller() caller: ConcernCaller) {
    return { reports: await this.queries.mine(caller.actor.principal) };
  }

  @Get(':reportId')
  @Roles(...CHILD_WELFARE)
  read(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.queryBus.execute(new ReadReportQuery(reportId, caller.actor));
  }

  /** The KS Fiks v2 document as it would be sent on: the document itself, validated. */
  @Get(':reportId/export')
  @Roles(...CHILD_WELFARE)
  async export(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return (await this.queryBus.execute(new ExportReportQuery(reportId, caller.actor))).document;
  }

  @Post(':reportId/review')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  review(@Param('reportId') reportId: string, @Body() body: ReviewReportDto, @Caller() caller: ConcernCaller) {
    const decision = (body.outcome === 'investigate' ? { outcome: 'investigate' } : { outcome: body.outcome, reason: body.reason }) as ReviewDecision;
    return this.run({ type: 'DecideReview', reportId, decision }, caller);
  }

  @Post(':reportId/extension')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  extension(@Param('reportId') reportId: string, @Body() body: ExtendInvestigationDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'ExtendInvestigation', reportId, reason: body.reason }, caller);
  }

  @Post(':reportId/conclusion')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  conclusion(@Param('reportId') reportId: string, @Body() body: ConcludeInvestigationDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'ConcludeInvestigation', reportId, outcome: body.outcome }, caller);
  }

  @Post(':reportId/receipt-confirmation')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  receiptConfirmation(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'SendReceiptConfirmation', reportId }, caller);
  }

  @Post(':reportId/receipt-exemption')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  receiptExemption(@Param('reportId') reportId: string, @Body() body: ReceiptExemptionDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'RecordReceiptExemption', reportId, ground: body.ground, reason: body.reason }, caller);
  }

  @Post(':reportId/investigation-opened-notice')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  investigationOpenedNotice(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'SendInvestigationOpenedNotice', reportId }, caller);
  }

  @Post(':reportId/outcome-feedback')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  outcomeFeedback(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'SendOutcomeFeedback', reportId }, caller);
  }

  private async run(command: ChildWelfareReportCommand, caller: ConcernCaller): Promise<{ events: string[] }> {
    const events = await this.commands.decide(command, caller.actor, caller.idempotencyKey);
    return { events: events.map((event) => event.type) };
  }
}
