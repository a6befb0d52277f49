import { IsIn, IsInt, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ENTITY_ID, entityId, long, text } from './concern-dto.rules';

export class LevelZeroDecisionDto {
  @IsIn(['close', 'level-1', 'level-2', 'report-to-child-welfare'], { message: "Beslutningen må være 'close', 'level-1', 'level-2' eller 'report-to-child-welfare'." })
  outcome: 'close' | 'level-1' | 'level-2' | 'report-to-child-welfare';

  @IsString(text)
  @MaxLength(10_000, long)
  reason: string;

  /** The practitioner who is to hold the baton (levels 1 and 2, unless one was appointed already). */
  @IsOptional()
  @Matches(ENTITY_ID, entityId)
  stafettholderId?: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  familyWish?: string;

  /** The report of concern to child welfare, when the decision was to report. */
  @IsOptional()
  @Matches(ENTITY_ID, entityId)
  reportId?: string;
}

export class ChangeLevelDto {
  @IsInt({ message: 'Nivået må være 1, 2 eller 3.' })
  @IsIn([0, 1, 2, 3], { message: 'Nivået må være 1, 2 eller 3.' })
  to: 0 | 1 | 2 | 3;

  @IsString(text)
  @MaxLength(10_000, long)
  reason: string;

  @IsOptional()
  @Matches(ENTITY_ID, entityId)
  stafettholderId?: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  familyWish?: string;
}

export class AppointStafettholderDto {
  @Matches(ENTITY_ID, entityId)
  practitionerId: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  familyWish?: string;
}

export class AddParticipantDto {
  @Matches(ENTITY_ID, entityId)
  unitId: string;

  /** The service's task in the case. */
  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  task?: string;
}
