import { Body, Controller, Get, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { Roles } from '@stafett/auth';
import { ListConsentsQuery } from '@stafett/access';
import { RecordConsentCommand, RecordHealthRestrictionCommand, WithdrawConsentCommand, type GrantorRef, type RecordConsentInput } from '@stafett/consent';
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
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  record(@Param() params: ChildConsentParamsDto, @Body() body: RecordConsentDto, @Caller() call: ConcernCaller) {
    const input = { ...body, grantors: body.grantors.map(grantorRef) } as RecordConsentInput;
    return this.commands.execute(new RecordConsentCommand(params.childId, input, caller(call)));
  }

  /** The child (from 12) asks that health information is not given to the guardians; a health service in the case records it. */
  @Post('guardian-health-restriction')
  @HttpCode(200)
  withholdHealth(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.commands.execute(new RecordHealthRestrictionCommand(params.childId, 'withhold', caller(call)));
  }

  @Post('guardian-health-restriction/release')
  @HttpCode(200)
  releaseHealth(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.commands.execute(new RecordHealthRestrictionCommand(params.childId, 'release', caller(call)));
  }

  @Post(':consentId/withdrawal')
  @HttpCode(200)
  withdraw(@Param() params: ConsentParamsDto, @Body() body: WithdrawConsentDto, @Caller() call: ConcernCaller) {
    return this.commands.execute(new WithdrawConsentCommand(params.childId, params.consentId, { onBehalfOf: grantorRef(body.onBehalfOf) }, caller(call)));
  }

  /** Every consent for the case's owner and stafettholder; to any other unit, only those naming it (disclosure module). */
  @Get()
  list(@Param() params: ChildConsentParamsDto, @Caller() call: ConcernCaller) {
    return this.queries.execute(new ListConsentsQuery(params.childId, call.actor));
  }
}
