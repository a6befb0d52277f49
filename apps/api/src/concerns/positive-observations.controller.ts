import { Body, Controller, HttpCode, Param, Post } from '@nestjs/common';
import { CommandBus } from '@nestjs/cqrs';
import { Roles } from '@stafett/auth';
import { RecordPositiveObservationCommand } from '@stafett/concern';
import { Caller, type ConcernCaller } from './concern-caller.decorator';
import { RecordPositiveObservationDto } from './positive-observation.dto';

/** Lysglimt in a BTI case's stafettlogg; an unknown case and a case of others give the same 403. */
@Controller('api/v1/concerns')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class PositiveObservationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post(':caseId/positive-observations')
  @HttpCode(201)
  record(@Param('caseId') caseId: string, @Body() body: RecordPositiveObservationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new RecordPositiveObservationCommand({ caseId, ...body }, { ...caller.actor, idempotencyKey: caller.idempotencyKey }));
  }
}
