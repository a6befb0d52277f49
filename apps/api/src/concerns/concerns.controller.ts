import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@stafett/auth';
import { QueryBus } from '@nestjs/cqrs';
import { ReadCaseQuery } from '@stafett/access';
import {
  AcceptHandoverCommand,
  AddMeasureCommand,
  AddParticipatingServiceCommand,
  AppointStafettholderCommand,
  ChangeLevelCommand,
  CloseCaseCommand,
  DecideAtLevelZeroCommand,
  DeclineHandoverCommand,
  EndMeasureCommand,
  EvaluateMeasureCommand,
  LinkConsultationToCaseCommand,
  LinkReportToChildWelfareCommand,
  OpenStafettloggCommand,
  ProposeHandoverCommand,
  RecordAgreementCommand,
  RecordMeetingCommand,
  RecordNecessaryConversationCommand,
  RegisterConcernCommand,
  ReopenCaseCommand,
  SetGoalCommand,
  WithdrawHandoverCommand,
} from '@stafett/concern';
import { Caller, type ConcernCaller } from './concern-caller.decorator';
import { CloseCaseDto, LinkConsultationDto, LinkReportDto, RecordConversationDto, ReopenCaseDto } from './case.dto';
import { DeclineHandoverDto, ProposeHandoverDto, WithdrawHandoverDto } from './handover.dto';
import { AddParticipantDto, AppointStafettholderDto, ChangeLevelDto, LevelZeroDecisionDto } from './level.dto';
import { AddMeasureDto, EndMeasureDto, EvaluateMeasureDto, RecordAgreementDto, RecordMeetingDto, SetGoalDto } from './log.dto';
import { ReadConcernQueryDto, RegisterConcernDto } from './register-concern.dto';

/**
 * The BTI case: register a concern, read it, and one route per command. Practitioners of every kind;
 * administrators see no cases. Whether the caller's unit takes part in the case is decided by the
 * use cases, which answer an unknown case and a case of others with the same 403. Commands answer
 * with the types of the events appended, never their texts.
 */
@Controller('api/v1/concerns')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConcernsController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  register(@Body() body: RegisterConcernDto, @Caller() caller: ConcernCaller) {
    const { childId, kommunenummer, observations, since, earlierConcerns, childsOwnWords } = body;
    return this.commands.execute(new RegisterConcernCommand({ childId, kommunenummer, concern: { observations, since, earlierConcerns, childsOwnWords } }, caller));
  }

  @Get(':caseId')
  read(@Param('caseId') caseId: string, @Query() query: ReadConcernQueryDto, @Caller() caller: ConcernCaller) {
    return this.queryBus.execute(new ReadCaseQuery(caseId, query.purpose, caller.actor));
  }

  @Post(':caseId/conversation')
  @HttpCode(200)
  conversation(@Param('caseId') caseId: string, @Body() conversation: RecordConversationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new RecordNecessaryConversationCommand({ caseId, conversation: { ...conversation } }, caller));
  }

  @Post(':caseId/level-zero-decision')
  @HttpCode(200)
  levelZeroDecision(@Param('caseId') caseId: string, @Body() body: LevelZeroDecisionDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new DecideAtLevelZeroCommand({ caseId, decision: { ...body } }, caller));
  }

  @Post(':caseId/level')
  @HttpCode(200)
  level(@Param('caseId') caseId: string, @Body() body: ChangeLevelDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new ChangeLevelCommand({ caseId, ...body }, caller));
  }

  @Post(':caseId/stafettholder')
  @HttpCode(200)
  stafettholder(@Param('caseId') caseId: string, @Body() body: AppointStafettholderDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new AppointStafettholderCommand({ caseId, practitionerId: body.practitionerId, familyWish: body.familyWish }, caller));
  }

  @Post(':caseId/stafettlogg')
  @HttpCode(200)
  stafettlogg(@Param('caseId') caseId: string, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new OpenStafettloggCommand({ caseId }, caller));
  }

  @Post(':caseId/participants')
  @HttpCode(200)
  participants(@Param('caseId') caseId: string, @Body() body: AddParticipantDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new AddParticipatingServiceCommand({ caseId, unitId: body.unitId, task: body.task }, caller));
  }

  @Post(':caseId/handover')
  @HttpCode(200)
  handover(@Param('caseId') caseId: string, @Body() body: ProposeHandoverDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new ProposeHandoverCommand({ caseId, toPractitionerId: body.toPractitionerId, familyWish: body.familyWish, reason: body.reason }, caller));
  }

  @Post(':caseId/handover/accept')
  @HttpCode(200)
  acceptHandover(@Param('caseId') caseId: string, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new AcceptHandoverCommand({ caseId }, caller));
  }

  @Post(':caseId/handover/decline')
  @HttpCode(200)
  declineHandover(@Param('caseId') caseId: string, @Body() body: DeclineHandoverDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new DeclineHandoverCommand({ caseId, reason: body.reason }, caller));
  }

  @Post(':caseId/handover/withdraw')
  @HttpCode(200)
  withdrawHandover(@Param('caseId') caseId: string, @Body() body: WithdrawHandoverDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new WithdrawHandoverCommand({ caseId, reason: body.reason }, caller));
  }

  @Post(':caseId/goals')
  @HttpCode(201)
  goals(@Param('caseId') caseId: string, @Body() body: SetGoalDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new SetGoalCommand({ caseId, description: body.description, investigationSensitive: body.investigationSensitive }, caller));
  }

  @Post(':caseId/measures')
  @HttpCode(201)
  measures(@Param('caseId') caseId: string, @Body() body: AddMeasureDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new AddMeasureCommand({ caseId, ...body }, caller));
  }

  @Post(':caseId/measures/:measureId/evaluations')
  @HttpCode(200)
  evaluate(@Param('caseId') caseId: string, @Param('measureId') measureId: string, @Body() body: EvaluateMeasureDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new EvaluateMeasureCommand({ caseId, measureId, ...body }, caller));
  }

  @Post(':caseId/measures/:measureId/end')
  @HttpCode(200)
  endMeasure(@Param('caseId') caseId: string, @Param('measureId') measureId: string, @Body() body: EndMeasureDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new EndMeasureCommand({ caseId, measureId, ...body }, caller));
  }

  @Post(':caseId/meetings')
  @HttpCode(201)
  meetings(@Param('caseId') caseId: string, @Body() body: RecordMeetingDto, @Caller() caller: ConcernCaller) {
    const { kind, said, reason } = body.childsVoice;
    const childsVoice = kind === 'heard' ? { kind, said: said as string } : { kind, reason: reason as string };
    return this.commands.execute(new RecordMeetingCommand({ caseId, ...body, childsVoice }, caller));
  }

  @Post(':caseId/agreements')
  @HttpCode(201)
  agreements(@Param('caseId') caseId: string, @Body() body: RecordAgreementDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new RecordAgreementCommand({ caseId, ...body }, caller));
  }

  @Post(':caseId/child-welfare-reports')
  @HttpCode(200)
  childWelfareReports(@Param('caseId') caseId: string, @Body() body: LinkReportDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new LinkReportToChildWelfareCommand({ caseId, reportId: body.reportId }, caller));
  }

  @Post(':caseId/consultations')
  @HttpCode(200)
  consultations(@Param('caseId') caseId: string, @Body() body: LinkConsultationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new LinkConsultationToCaseCommand({ caseId, consultationId: body.consultationId }, caller));
  }

  @Post(':caseId/close')
  @HttpCode(200)
  close(@Param('caseId') caseId: string, @Body() body: CloseCaseDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new CloseCaseCommand({ caseId, closingNote: body.closingNote }, caller));
  }

  @Post(':caseId/reopen')
  @HttpCode(200)
  reopen(@Param('caseId') caseId: string, @Body() body: ReopenCaseDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new ReopenCaseCommand({ caseId, reason: body.reason }, caller));
  }
}
