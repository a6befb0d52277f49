import { IsIn, IsInt } from 'class-validator';
import { IsEntityId, IsText, IsUuidId, MayOmit } from '@stafett/platform';
import { MAX_TEXT_LENGTH } from './concern-dto.rules';

export class LevelZeroDecisionDto {
  @IsIn(['close', 'level-1', 'level-2', 'report-to-child-welfare'], { message: "Beslutningen må være 'close', 'level-1', 'level-2' eller 'report-to-child-welfare'." })
  outcome: 'close' | 'level-1' | 'level-2' | 'report-to-child-welfare';

  @IsText(MAX_TEXT_LENGTH)
  reason: string;

  /** The practitioner who is to hold the baton (levels 1 and 2, unless one was appointed already). */
  @MayOmit()
  @IsEntityId()
  stafettholderId?: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  familyWish?: string;

  /** The report of concern to child welfare, when the decision was to report: about the case's child, filed by the caller's unit. */
  @MayOmit()
  @IsUuidId()
  reportId?: string;
}

export class ChangeLevelDto {
  @IsInt({ message: 'Nivået må være 1, 2 eller 3.' })
  @IsIn([0, 1, 2, 3], { message: 'Nivået må være 1, 2 eller 3.' })
  to: 0 | 1 | 2 | 3;

  @IsText(MAX_TEXT_LENGTH)
  reason: string;

  @MayOmit()
  @IsEntityId()
  stafettholderId?: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  familyWish?: string;
}

export class AppointStafettholderDto {
  @IsEntityId()
  practitionerId: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  familyWish?: string;
}

export class AddParticipantDto {
  @IsEntityId()
  unitId: string;

  /** The service's task in the case. */
  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  task?: string;
}
