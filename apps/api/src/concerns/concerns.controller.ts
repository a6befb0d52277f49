import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { Roles } from '@stafett/auth';
import { QueryBus } from '@nestjs/cqrs';
import { ReadCaseQuery } from '@stafett/access';
import { ConcernCommands, ConcernDirectory, newConcernId, type ConcernCommandRequest, type LevelZeroDecision } from '@stafett/concern';
import { Caller, type ConcernCaller } from './concern-caller.decorator';
import { CloseCaseDto, LinkConsultationDto, LinkReportDto, RecordConversationDto, ReopenCaseDto } from './case.dto';
import { DeclineHandoverDto, ProposeHandoverDto, WithdrawHandoverDto } from './handover.dto';
import { AddParticipantDto, AppointStafettholderDto, ChangeLevelDto, LevelZeroDecisionDto } from './level.dto';
import { AddMeasureDto, EndMeasureDto, EvaluateMeasureDto, RecordAgreementDto, RecordMeetingDto, SetGoalDto } from './log.dto';
import { ReadConcernQueryDto, RegisterConcernDto } from './register-concern.dto';

/**
 * The BTI case: register a concern, read it, and one route per command. Practitioners of every kind;
 * administrators see no cases. Whether the caller's unit takes part in the case is decided by the
 * use cases, which answer an unknown case and a case of others with the same 403.
 */
@Controller('api/v1/concerns')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConcernsController {
  constructor(
    private readonly commands: ConcernCommands,
    private readonly directory: ConcernDirectory,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  async register(@Body() body: RegisterConcernDto, @Caller() caller: ConcernCaller) {
    const { childId, kommunenummer, observations, since, earlierConcerns, childsOwnWords } = body;
    const caseId = newConcernId(caller.actor.principal, caller.idempotencyKey, 'case');
    const concern = { observations, since, earlierConcerns, childsOwnWords };
    return { caseId, ...(await this.run({ type: 'RegisterConcern', caseId, childId, kommunenummer, concern }, caller)) };
  }

  @Get(':caseId')
  read(@Param('caseId') caseId: string, @Query() query: ReadConcernQueryDto, @Caller() caller: ConcernCaller) {
    return this.queryBus.execute(new ReadCaseQuery(caseId, query.purpose, caller.actor));
  }

  @Post(':caseId/conversation')
  @HttpCode(200)
  conversation(@Param('caseId') caseId: string, @Body() conversation: RecordConversationDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'RecordNecessaryConversation', caseId, conversation: { ...conversation } }, caller);
  }

  @Post(':caseId/level-zero-decision')
  @HttpCode(200)
  async levelZeroDecision(@Param('caseId') caseId: string, @Body() body: LevelZeroDecisionDto, @Caller() caller: ConcernCaller) {
    const { stafettholderId, ...rest } = body;
    const stafettholder = stafettholderId === undefined ? undefined : await this.directory.practitioner(stafettholderId, 'stafettholderId');
    const decision = { ...rest, stafettholder } as LevelZeroDecision;
    return this.run({ type: 'DecideAtLevelZero', caseId, decision }, caller);
  }

  @Post(':caseId/level')
  @HttpCode(200)
  async level(@Param('caseId') caseId: string, @Body() body: ChangeLevelDto, @Caller() caller: ConcernCaller) {
    const { stafettholderId, ...rest } = body;
    const stafettholder = stafettholderId === undefined ? undefined : await this.directory.practitioner(stafettholderId, 'stafettholderId');
    return this.run({ type: 'ChangeLevel', caseId, ...rest, stafettholder }, caller);
  }

  @Post(':caseId/stafettholder')
  @HttpCode(200)
  async stafettholder(@Param('caseId') caseId: string, @Body() body: AppointStafettholderDto, @Caller() caller: ConcernCaller) {
    const holder = await this.directory.practitioner(body.practitionerId, 'practitionerId');
    return this.run({ type: 'AppointStafettholder', caseId, holder, familyWish: body.familyWish }, caller);
  }

  @Post(':caseId/stafettlogg')
  @HttpCode(200)
  stafettlogg(@Param('caseId') caseId: string, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'OpenStafettlogg', caseId }, caller);
  }

  @Post(':caseId/participants')
  @HttpCode(200)
  async participants(@Param('caseId') caseId: string, @Body() body: AddParticipantDto, @Caller() caller: ConcernCaller) {
    const service = await this.directory.service(body.unitId, 'unitId');
    return this.run({ type: 'AddParticipatingService', caseId, service, task: body.task }, caller);
  }

  @Post(':caseId/handover')
  @HttpCode(200)
  async handover(@Param('caseId') caseId: string, @Body() body: ProposeHandoverDto, @Caller() caller: ConcernCaller) {
    const to = await this.directory.practitioner(body.toPractitionerId, 'toPractitionerId');
    return this.run({ type: 'ProposeHandover', caseId, to, familyWish: body.familyWish, reason: body.reason }, caller);
  }

  @Post(':caseId/handover/accept')
  @HttpCode(200)
  acceptHandover(@Param('caseId') caseId: string, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'AcceptHandover', caseId }, caller);
  }

  @Post(':caseId/handover/decline')
  @HttpCode(200)
  declineHandover(@Param('caseId') caseId: string, @Body() body: DeclineHandoverDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'DeclineHandover', caseId, reason: body.reason }, caller);
  }

  @Post(':caseId/handover/withdraw')
  @HttpCode(200)
  withdrawHandover(@Param('caseId') caseId: string, @Body() body: WithdrawHandoverDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'WithdrawHandover', caseId, reason: body.reason }, caller);
  }

  @Post(':caseId/goals')
  @HttpCode(201)
  async goals(@Param('caseId') caseId: string, @Body() body: SetGoalDto, @Caller() caller: ConcernCaller) {
    const goalId = newConcernId(caller.actor.principal, caller.idempotencyKey, 'goal');
    return { goalId, ...(await this.run({ type: 'SetGoal', caseId, goalId, description: body.description, investigationSensitive: body.investigationSensitive }, caller)) };
  }

  @Post(':caseId/measures')
  @HttpCode(201)
  async measures(@Param('caseId') caseId: string, @Body() body: AddMeasureDto, @Caller() caller: ConcernCaller) {
    const { ownerUnitId, ...rest } = body;
    const owner = await this.directory.service(ownerUnitId, 'ownerUnitId');
    const measureId = newConcernId(caller.actor.principal, caller.idempotencyKey, 'measure');
    return { measureId, ...(await this.run({ type: 'AddMeasure', caseId, measureId, owner, ...rest }, caller)) };
  }

  @Post(':caseId/measures/:measureId/evaluations')
  @HttpCode(200)
  evaluate(@Param('caseId') caseId: string, @Param('measureId') measureId: string, @Body() body: EvaluateMeasureDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'EvaluateMeasure', caseId, measureId, ...body }, caller);
  }

  @Post(':caseId/measures/:measureId/end')
  @HttpCode(200)
  endMeasure(@Param('caseId') caseId: string, @Param('measureId') measureId: string, @Body() body: EndMeasureDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'EndMeasure', caseId, measureId, ...body }, caller);
  }

  @Post(':caseId/meetings')
  @HttpCode(201)
  async meetings(@Param('caseId') caseId: string, @Body() body: RecordMeetingDto, @Caller() caller: ConcernCaller) {
    const { kind, said, reason } = body.childsVoice;
    const childsVoice = kind === 'heard' ? { kind, said: said as string } : { kind, reason: reason as string };
    const meetingId = newConcernId(caller.actor.principal, caller.idempotencyKey, 'meeting');
    return { meetingId, ...(await this.run({ type: 'RecordMeeting', caseId, meetingId, ...body, childsVoice }, caller)) };
  }

  @Post(':caseId/agreements')
  @HttpCode(201)
  async agreements(@Param('caseId') caseId: string, @Body() body: RecordAgreementDto, @Caller() caller: ConcernCaller) {
    const agreementId = newConcernId(caller.actor.principal, caller.idempotencyKey, 'agreement');
    return { agreementId, ...(await this.run({ type: 'RecordAgreement', caseId, agreementId, ...body }, caller)) };
  }

  @Post(':caseId/child-welfare-reports')
  @HttpCode(200)
  childWelfareReports(@Param('caseId') caseId: string, @Body() body: LinkReportDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'LinkReportToChildWelfare', caseId, reportId: body.reportId }, caller);
  }

  @Post(':caseId/consultations')
  @HttpCode(200)
  consultations(@Param('caseId') caseId: string, @Body() body: LinkConsultationDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'LinkConsultationToCase', caseId, consultationId: body.consultationId }, caller);
  }

  @Post(':caseId/close')
  @HttpCode(200)
  close(@Param('caseId') caseId: string, @Body() body: CloseCaseDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'CloseCase', caseId, closingNote: body.closingNote }, caller);
  }

  @Post(':caseId/reopen')
  @HttpCode(200)
  reopen(@Param('caseId') caseId: string, @Body() body: ReopenCaseDto, @Caller() caller: ConcernCaller) {
    return this.run({ type: 'ReopenCase', caseId, reason: body.reason }, caller);
  }

  /** Answers with the types of the events appended, never their texts. */
  private async run(request: ConcernCommandRequest, caller: ConcernCaller): Promise<{ events: string[] }> {
    const events = await this.commands.execute(request, caller.actor, caller.idempotencyKey);
    return { events: events.map((event) => event.type) };
  }
}
