import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { Roles } from '@stafett/auth';
import { ConsentCommands, ConsentQueries, type GrantorRef, type RecordConsentRequest } from '@stafett/consent';
import { Caller, type ConcernCaller } from '../concerns/concern-caller.decorator';
import { ChildConsentParamsDto, ConsentParamsDto, RecordConsentDto, WithdrawConsentDto } from './consent.dto';

const caller = ({ actor, idempotencyKey }: ConcernCaller) => ({ principal: actor.principal, correlationId: actor.correlationId, idempotencyKey });
const grantorRef = (dto: { kind: 'guardian' | 'child'; guardianIndex?: number }): GrantorRef =>
  dto.kind === 'child' ? { kind: 'child' } : { kind: 'guardian', guardianIndex: dto.guardianIndex as number };

/**
 * A child's consents: record, withdraw, list. The caller's unit must serve the child's municipality
 * today (the same 403 as for an unknown child); the rest is decided by the consent context.
 */
@Controller('api/v1/children/:childId/consents')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConsentsController {
  constructor(
    private readonly commands: ConsentCommands,
    private readonly queries: ConsentQueries,
  ) {}

  @Post()
  @HttpCode(201)
  record(@Param() params: ChildConsentParamsDto, @Body() body: RecordConsentDto, @Caller() call: ConcernCaller) {
    const request = { ...body, grantors: body.grantors.map(grantorRef) } as RecordConsentRequest;
    return this.commands.record(params.childId, request, caller(call));
  }

  @Post(':consentId/withdrawal')
  @HttpCode(200)
  withdraw(@Param() params: ConsentParamsDto, @Body() body: WithdrawConsentDto, @Caller() call: ConcernCaller) {
    return this.commands.withdraw(params.childId, params.consentId, { onBehalfOf: grantorRef(body.onBehalfOf) }, caller(call));
  }

  @Get()
  async list(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return { childId: params.childId.toLowerCase(), consents: await this.queries.list(params.childId, caller(call)) };
  }
}
