import { Body, Controller, HttpCode, Post } from '@nestjs/common';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { Roles } from '@stafett/auth';
import { RecordConsultation } from '@stafett/concern/application/record-consultation.service';
import { Caller, type ConcernCaller } from './concern-caller.decorator';

export class RecordConsultationDto {
  @IsOptional()
  @Matches(/^[a-z0-9][a-z0-9-]{0,63}$/, { message: 'consultedUnitId må være en enhets-id.' })
  consultedUnitId?: string;

  @IsString({ message: 'Oppgi tjenestetypen som ble rådspurt.' })
  @MaxLength(50, { message: 'Tjenestetypen kan ha høyst 50 tegn.' })
  consultedServiceType: string;

  @Matches(/^\d{4}-\d{2}-\d{2}$/, { message: 'heldOn må være en dato (ÅÅÅÅ-MM-DD).' })
  heldOn: string;

  @IsString({ message: 'Oppgi temaet.' })
  @MaxLength(10_000, { message: 'Teksten kan ha høyst 10 000 tegn.' })
  topic: string;

  @IsString({ message: 'Oppgi rådet som ble gitt.' })
  @MaxLength(10_000, { message: 'Teksten kan ha høyst 10 000 tegn.' })
  advice: string;
}

/** Anonymous case discussion (anonym drøfting): recorded without any child identity. */
@Controller('api/v1/consultations')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ConsultationsController {
  constructor(private readonly consultations: RecordConsultation) {}

  @Post()
  @HttpCode(201)
  record(@Body() body: RecordConsultationDto, @Caller() caller: ConcernCaller) {
    return this.consultations.execute(body, caller.actor, caller.idempotencyKey);
  }
}
