import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Roles } from '@stafett/auth';
import { ExportReportQuery, ReadReportQuery } from '@stafett/access';
import {
  ConcludeInvestigationCommand,
  DecideReviewCommand,
  ExtendInvestigationCommand,
  FileReportCommand,
  ListMyReportsQuery,
  RecordReceiptExemptionCommand,
  RegisterReportCommand,
  SendInvestigationOpenedNoticeCommand,
  SendOutcomeFeedbackCommand,
  SendReceiptConfirmationCommand,
  type ReviewDecision,
} from '@stafett/child-welfare';
import type { Caller as CommandCaller } from '@stafett/kernel';
import { Caller, type ConcernCaller } from '../concerns/concern-caller.decorator';
import { ConcludeInvestigationDto, ExtendInvestigationDto, FileReportDto, ReceiptExemptionDto, RegisterReportDto, ReviewReportDto } from './report.dto';

const PRACTITIONERS = ['practitioner', 'leader', 'intake', 'caseworker'] as const;
const CHILD_WELFARE = ['intake', 'caseworker'] as const;

const callerOf = (caller: ConcernCaller): CommandCaller => ({ ...caller.actor, idempotencyKey: caller.idempotencyKey });

/**
 * Reports of concern to child welfare (issue 6). Any practitioner files one (a statutory duty: no
 * consent), and sees only what child welfare has told the unit (`/mine`). The report itself and its
 * export (the disclosure module: policy and access log) and every step of intake are for child
 * welfare of the unit that owns it; everyone else gets the same 403 as for an unknown report.
 */
@Controller('api/v1/reports')
export class ReportsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  @Roles(...PRACTITIONERS)
  file(@Body() body: FileReportDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new FileReportCommand({ document: body.document, childId: body.childId, caseId: body.caseId }, callerOf(caller)));
  }

  @Post('private')
  @HttpCode(201)
  @Roles('intake')
  register(@Body() body: RegisterReportDto, @Caller() caller: ConcernCaller) {
    const { document, childIds, reporterCategory, receivedAt } = body;
    return this.commands.execute(new RegisterReportCommand({ document, childIds, reporterCategory, receivedAt }, callerOf(caller)));
  }

  @Get('mine')
  @Roles(...PRACTITIONERS)
  mine(@Caller() caller: ConcernCaller) {
    return this.queries.execute(new ListMyReportsQuery(caller.actor.principal));
  }

  @Get(':reportId')
  @Roles(...CHILD_WELFARE)
  read(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.queries.execute(new ReadReportQuery(reportId, caller.actor));
  }

  /** The KS Fiks v2 document as it would be sent on: the document itself, validated. */
  @Get(':reportId/export')
  @Roles(...CHILD_WELFARE)
  async export(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return (await this.queries.execute(new ExportReportQuery(reportId, caller.actor))).document;
  }

  @Post(':reportId/review')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  review(@Param('reportId') reportId: string, @Body() body: ReviewReportDto, @Caller() caller: ConcernCaller) {
    const decision = (body.outcome === 'investigate' ? { outcome: 'investigate' } : { outcome: body.outcome, reason: body.reason }) as ReviewDecision;
    return this.commands.execute(new DecideReviewCommand(reportId, decision, callerOf(caller)));
  }

  @Post(':reportId/extension')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  extension(@Param('reportId') reportId: string, @Body() body: ExtendInvestigationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new ExtendInvestigationCommand(reportId, body.reason, callerOf(caller)));
  }

  @Post(':reportId/conclusion')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  conclusion(@Param('reportId') reportId: string, @Body() body: ConcludeInvestigationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new ConcludeInvestigationCommand(reportId, body.outcome, callerOf(caller)));
  }

  @Post(':reportId/receipt-confirmation')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  receiptConfirmation(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new SendReceiptConfirmationCommand(reportId, callerOf(caller)));
  }

  @Post(':reportId/receipt-exemption')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  receiptExemption(@Param('reportId') reportId: string, @Body() body: ReceiptExemptionDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new RecordReceiptExemptionCommand(reportId, body.ground, body.reason, callerOf(caller)));
  }

  @Post(':reportId/investigation-opened-notice')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  investigationOpenedNotice(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new SendInvestigationOpenedNoticeCommand(reportId, callerOf(caller)));
  }

  @Post(':reportId/outcome-feedback')
  @HttpCode(200)
  @Roles(...CHILD_WELFARE)
  outcomeFeedback(@Param('reportId') reportId: string, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new SendOutcomeFeedbackCommand(reportId, callerOf(caller)));
  }
}
