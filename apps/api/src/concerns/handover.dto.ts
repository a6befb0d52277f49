import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ENTITY_ID, entityId, long, text } from './concern-dto.rules';

export class ProposeHandoverDto {
  /** The practitioner proposed as the next stafettholder. */
  @Matches(ENTITY_ID, entityId)
  toPractitionerId: string;

  @IsString(text)
  @MaxLength(10_000, long)
  familyWish: string;

  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  reason?: string;
}

export class DeclineHandoverDto {
  @IsString(text)
  @MaxLength(10_000, long)
  reason: string;
}

export class WithdrawHandoverDto {
  @IsOptional()
  @IsString(text)
  @MaxLength(10_000, long)
  reason?: string;
}
