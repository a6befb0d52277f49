import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MEASURE_EFFECTS } from '@stafett/concern';
import { date, ENTITY_ID, entityId, ISO_DATE, list, long, text } from './concern-dto.rules';

/**
 * A log entry its unit marks as sensitive to an investigation: honoured for the police's entries,
 * which then no consent releases (politiregisterloven § 23 second paragraph).
 */
class MarkableDto {
  @IsOptional()
  @IsBoolean({ message: 'investigationSensitive må være true eller false.' })
  investigationSensitive?: boolean;
}

export class SetGoalDto extends MarkableDto {
  @IsString(text)
  @MaxLength(10_000, long)
  description: string;
}

export class AddMeasureDto extends MarkableDto {
  /** The unit owning the measure; it must take part in the case. */
  @Matches(ENTITY_ID, entityId)
  ownerUnitId: string;

  @Matches(ENTITY_ID, entityId)
  responsiblePractitionerId: string;

  @IsString(text)
  @MaxLength(10_000, long)
  goal: string;

  @IsOptional()
  @Matches(ENTITY_ID, entityId)
  goalId?: string;

  @Matches(ISO_DATE, date)
  startsOn: string;

  @IsArray({ message: 'Oppgi evalueringsdatoene som en liste.' })
  @ArrayMaxSize(50, list)
  @Matches(ISO_DATE, { each: true, ...date })
  evaluationDates: string[];
}

export class EvaluateMeasureDto extends MarkableDto {
  @Matches(ISO_DATE, date)
  evaluatedOn: string;

  @IsIn(MEASURE_EFFECTS, { message: "Effekten må være 'better', 'unchanged' eller 'worse'." })
  effect: 'better' | 'unchanged' | 'worse';

  @IsString(text)
  @MaxLength(10_000, long)
  note: string;

  @IsOptional()
  @Matches(ISO_DATE, date)
  nextEvaluationOn?: string;
}

export class EndMeasureDto {
  @Matches(ISO_DATE, date)
  endedOn: string;

  @IsString(text)
  @MaxLength(10_000, long)
  reason: string;
}

export class ChildsVoiceDto {
  @IsIn(['heard', 'not-heard'], { message: "kind må være 'heard' (barnet ble hørt) eller 'not-heard'." })
  kind: 'heard' | 'not-heard';

  /** What the child said (heard). */
  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  said?: string;

  /** Why the child was not heard (not-heard). */
  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  reason?: string;
}

export class RecordMeetingDto extends MarkableDto {
  @Matches(ISO_DATE, date)
  heldOn: string;

  @IsArray({ message: 'Oppgi deltakerne som en liste.' })
  @ArrayMaxSize(50, list)
  @IsString({ each: true, ...text })
  @MaxLength(10_000, { each: true, ...long })
  participants: string[];

  @IsArray({ message: 'Oppgi beslutningene som en liste.' })
  @ArrayMaxSize(50, list)
  @IsString({ each: true, ...text })
  @MaxLength(10_000, { each: true, ...long })
  decisions: string[];

  @IsOptional()
  @Matches(ISO_DATE, date)
  nextMeetingOn?: string;

  @IsDefined({ message: 'Oppgi barnets stemme: hva barnet sa, eller hvorfor barnet ikke ble hørt.' })
  @IsObject({ message: 'childsVoice må være et objekt.' })
  @ValidateNested()
  @Type(() => ChildsVoiceDto)
  childsVoice: ChildsVoiceDto;
}

export class RecordAgreementDto extends MarkableDto {
  @IsString(text)
  @MaxLength(10_000, long)
  text: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(500, { message: 'Teksten kan ha høyst 500 tegn.' })
  responsible?: string;

  @IsOptional()
  @Matches(ISO_DATE, date)
  dueOn?: string;
}
