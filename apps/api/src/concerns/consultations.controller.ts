import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { Roles } from '@stafett/auth';
import { CommandBus } from '@nestjs/cqrs';
import { RecordConsultationCommand } from '@stafett/concern';
import { DEFAULT_SERVICE_TYPES } from '@stafett/organisation';
import { IsCalendarDate, IsEntityId, IsServiceType, IsText, MayOmit } from '@stafett/platform';
import { Caller, type ConcernCaller } from './concern-caller.decorator';
import { MAX_TEXT_LENGTH } from './concern-dto.rules';

export class RecordConsultationDto {
  /** A unit of the organisation; the domain checks that it exists. */
  @MayOmit()
  @IsEntityId()
  consultedUnitId?: string;

  @IsServiceType(DEFAULT_SERVICE_TYPES.map((type) => type.code))
  consultedServiceType: string;

  @IsCalendarDate()
  heldOn: string;

  @IsText(MAX_TEXT_LENGTH)
  topic: string;

  @IsText(MAX_TEXT_LENGTH)
  advice: string;
}

/** Anonymous case discussion (anonym drøfting): recorded without any child identity. */
@Controller('api/v1/consultations')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConsultationsController {
  constructor(private readonly commands: CommandBus) {}

  @Post()
  @HttpCode(201)
  record(@Body() body: RecordConsultationDto, @Caller() caller: ConcernCaller) {
    return this.commands.execute(new RecordConsultationCommand(body, caller));
  }
}
