import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, ValidateNested } from 'class-validator';
import { MEASURE_EFFECTS } from '@stafett/concern';
import { IsCalendarDate, IsEntityId, IsText, MayOmit } from '@stafett/platform';
import { MAX_LIST_LENGTH, MAX_RESPONSIBLE_LENGTH, MAX_TEXT_LENGTH } from './concern-dto.rules';

/**
 * A log entry its unit marks as sensitive to an investigation: honoured for the police's entries,
 * which then no consent releases (politiregisterloven § 23 second paragraph).
 */
class MarkableDto {
  @MayOmit()
  @IsBoolean({ message: 'investigationSensitive må være true eller false.' })
  investigationSensitive?: boolean;
}

export class SetGoalDto extends MarkableDto {
  @IsText(MAX_TEXT_LENGTH)
  description: string;
}

export class AddMeasureDto extends MarkableDto {
  /** The unit owning the measure; it must take part in the case. */
  @IsEntityId()
  ownerUnitId: string;

  @IsEntityId()
  responsiblePractitionerId: string;

  @IsText(MAX_TEXT_LENGTH)
  goal: string;

  @MayOmit()
  @IsEntityId()
  goalId?: string;

  @IsCalendarDate()
  startsOn: string;

  @IsArray()
  @ArrayMaxSize(MAX_LIST_LENGTH)
  @IsCalendarDate({ each: true })
  evaluationDates: string[];
}

export class EvaluateMeasureDto extends MarkableDto {
  @IsCalendarDate()
  evaluatedOn: string;

  @IsIn(MEASURE_EFFECTS, { message: "Effekten må være 'better', 'unchanged' eller 'worse'." })
  effect: 'better' | 'unchanged' | 'worse';

  @IsText(MAX_TEXT_LENGTH)
  note: string;

  @MayOmit()
  @IsCalendarDate()
  nextEvaluationOn?: string;
}

export class EndMeasureDto {
  @IsCalendarDate()
  endedOn: string;

  @IsText(MAX_TEXT_LENGTH)
  reason: string;
}

export class ChildsVoiceDto {
  @IsIn(['heard', 'not-heard'], { message: "kind må være 'heard' (barnet ble hørt) eller 'not-heard'." })
  kind: 'heard' | 'not-heard';

  /** What the child said (heard). */
  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  said?: string;

  /** Why the child was not heard (not-heard). */
  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  reason?: string;
}

export class RecordMeetingDto extends MarkableDto {
  @IsCalendarDate()
  heldOn: string;

  @IsArray()
  @ArrayMaxSize(MAX_LIST_LENGTH)
  @IsText(MAX_TEXT_LENGTH, { each: true })
  participants: string[];

  @IsArray()
  @ArrayMaxSize(MAX_LIST_LENGTH)
  @IsText(MAX_TEXT_LENGTH, { each: true })
  decisions: string[];

  @MayOmit()
  @IsCalendarDate()
  nextMeetingOn?: string;

  @IsDefined({ message: 'Oppgi barnets stemme: hva barnet sa, eller hvorfor barnet ikke ble hørt.' })
  @IsObject()
  @ValidateNested()
  @Type(() => ChildsVoiceDto)
  childsVoice: ChildsVoiceDto;
}

export class RecordAgreementDto extends MarkableDto {
  @IsText(MAX_TEXT_LENGTH)
  text: string;

  @MayOmit()
  @IsText(MAX_RESPONSIBLE_LENGTH)
  responsible?: string;

  @MayOmit()
  @IsCalendarDate()
  dueOn?: string;
}
