import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '@stafett/auth';
import { ListConsentsHandler } from '@stafett/access';
import { ConsentCommands, GuardianHealthRestrictions, type GrantorRef, type RecordConsentRequest } from '@stafett/consent';
import { Caller, type ConcernCaller } from '../concerns/concern-caller.decorator';
import { ChildConsentParamsDto, ConsentParamsDto, RecordConsentDto, WithdrawConsentDto } from './consent.dto';

const caller = ({ actor, idempotencyKey }: ConcernCaller) => ({ principal: actor.principal, correlationId: actor.correlationId, idempotencyKey });
const grantorRef = (dto: { kind: 'guardian' | 'child'; guardianIndex?: number }): GrantorRef =>
  dto.kind === 'child' ? { kind: 'child' } : { kind: 'guardian', guardianIndex: dto.guardianIndex as number };

/**
 * A child's consents: record, withdraw, list; and the child's wish that health information is kept
 * from the guardians (pasient- og brukerrettighetsloven § 3-4). Who may record (the case's owner or
 * stafettholder) is decided by the consent context; the list is the disclosure module's.
 */
@Controller('api/v1/children/:childId/consents')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConsentsController {
  constructor(
    private readonly commands: ConsentCommands,
    private readonly listConsents: ListConsentsHandler,
    private readonly guardianHealth: GuardianHealthRestrictions,
  ) {}

  @Post()
  @HttpCode(201)
  record(@Param() params: ChildConsentParamsDto, @Body() body: RecordConsentDto, @Caller() call: ConcernCaller) {
    const request = { ...body, grantors: body.grantors.map(grantorRef) } as RecordConsentRequest;
    return this.commands.record(params.childId, request, caller(call));
  }

  /** The child (from 12) asks that health information is not given to the guardians; a health service in the case records it. */
  @Post('guardian-health-restriction')
  @HttpCode(200)
  withholdHealth(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.guardianHealth.withhold(params.childId, caller(call));
  }

  @Post('guardian-health-restriction/release')
  @HttpCode(200)
  releaseHealth(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.guardianHealth.release(params.childId, caller(call));
  }

  @Post(':consentId/withdrawal')
  @HttpCode(200)
  withdraw(@Param() params: ConsentParamsDto, @Body() body: WithdrawConsentDto, @Caller() call: ConcernCaller) {
    return this.commands.withdraw(params.childId, params.consentId, { onBehalfOf: grantorRef(body.onBehalfOf) }, caller(call));
  }

  /** Every consent for the case's owner and stafettholder; to any other unit, only those naming it (disclosure module). */
  @Get()
  list(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.listConsents.execute(params.childId, call.actor);
  }
}
