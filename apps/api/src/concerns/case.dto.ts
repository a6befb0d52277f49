import { IsArray, IsBoolean, IsOptional, IsString, Matches, MaxLength, ArrayMaxSize } from 'class-validator';
import { date, ENTITY_ID, entityId, ISO_DATE, list, long, text, yesNo } from './concern-dto.rules';

export class RecordConversationDto {
  @Matches(ISO_DATE, date)
  heldOn: string;

  /** Who took part, as roles or names. */
  @IsArray({ message: 'Oppgi deltakerne som en liste.' })
  @ArrayMaxSize(50, list)
  @IsString({ each: true, ...text })
  @MaxLength(10_000, { each: true, ...long })
  participants: string[];

  @IsBoolean(yesNo)
  summarySharedWithGuardians: boolean;

  @IsBoolean(yesNo)
  guardiansInformed: boolean;

  @IsBoolean(yesNo)
  childInformed: boolean;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  notInformedReason?: string;
}

export class LinkReportDto {
  @Matches(ENTITY_ID, entityId)
  reportId: string;
}

export class LinkConsultationDto {
  @Matches(ENTITY_ID, entityId)
  consultationId: string;
}

export class CloseCaseDto {
  @IsString(text)
  @MaxLength(10_000, long)
  closingNote: string;
}

export class ReopenCaseDto {
  @IsString(text)
  @MaxLength(10_000, long)
  reason: string;
}
