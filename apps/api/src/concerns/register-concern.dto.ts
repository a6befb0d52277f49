import { IsString, MaxLength } from 'class-validator';
import { IsKommunenummer, IsText, IsUuidId, MayOmit } from '@stafett/platform';
import { MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from './concern-dto.rules';

export class RegisterConcernDto {
  @IsUuidId()
  childId: string;

  @IsKommunenummer()
  kommunenummer: string;

  /** What was seen or heard. */
  @IsText(MAX_TEXT_LENGTH)
  observations: string;

  /** Since when, as the practitioner can tell it. */
  @IsText(MAX_SHORT_TEXT_LENGTH)
  since: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  earlierConcerns?: string;

  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  childsOwnWords?: string;
}

export class ReadConcernQueryDto {
  /** Recorded in the child's access log with the read. */
  @IsString({ message: 'Oppgi formålet med oppslaget.' })
  @MaxLength(50, { message: 'Oppgi formålet med oppslaget.' })
  purpose: string;
}
