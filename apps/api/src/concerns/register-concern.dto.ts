import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { long, short, text, UUID } from './concern-dto.rules';

export class RegisterConcernDto {
  @Matches(UUID, { message: 'Barnets id må være en UUID.' })
  childId: string;

  @Matches(/^\d{4}$/, { message: 'Kommunenummeret må ha fire siffer.' })
  kommunenummer: string;

  /** What was seen or heard. */
  @IsString(text)
  @MaxLength(10_000, long)
  observations: string;

  /** Since when, as the practitioner can tell it. */
  @IsString(text)
  @MaxLength(500, short)
  since: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  earlierConcerns?: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  childsOwnWords?: string;
}

export class ReadConcernQueryDto {
  /** Recorded in the child's access log with the read. */
  @IsString({ message: 'Oppgi formålet med oppslaget.' })
  @MaxLength(50, { message: 'Oppgi formålet med oppslaget.' })
  purpose: string;
}
