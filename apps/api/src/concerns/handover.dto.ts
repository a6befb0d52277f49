import { IsEntityId, IsText, MayOmit } from '@stafett/platform';
import { MAX_TEXT_LENGTH } from './concern-dto.rules';

export class ProposeHandoverDto {
  /** The practitioner proposed as the next stafettholder. */
  @IsEntityId()
  toPractitionerId: string;

  @IsText(MAX_TEXT_LENGTH)
  familyWish: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  reason?: string;
}

export class DeclineHandoverDto {
  @IsText(MAX_TEXT_LENGTH)
  reason: string;
}

export class WithdrawHandoverDto {
  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  reason?: string;
}
