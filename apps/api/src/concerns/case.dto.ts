import { ArrayMaxSize, IsArray, IsBoolean } from 'class-validator';
import { IsCalendarDate, IsEntityId, IsText, IsUuidId, MayOmit } from '@stafett/platform';
import { MAX_LIST_LENGTH, MAX_TEXT_LENGTH } from './concern-dto.rules';

export class RecordConversationDto {
  @IsCalendarDate()
  heldOn: string;

  /** Who took part, as roles or names. */
  @IsArray()
  @ArrayMaxSize(MAX_LIST_LENGTH)
  @IsText(MAX_TEXT_LENGTH, { each: true })
  participants: string[];

  @IsBoolean()
  summarySharedWithGuardians: boolean;

  @IsBoolean()
  guardiansInformed: boolean;

  @IsBoolean()
  childInformed: boolean;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  notInformedReason?: string;
}

export class LinkReportDto {
  /** A report of concern about the case's child, filed by the caller's unit. */
  @IsUuidId()
  reportId: string;
}

export class LinkConsultationDto {
  @IsEntityId()
  consultationId: string;
}

export class CloseCaseDto {
  @IsText(MAX_TEXT_LENGTH)
  closingNote: string;
}

export class ReopenCaseDto {
  @IsText(MAX_TEXT_LENGTH)
  reason: string;
}
