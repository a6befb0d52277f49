import { Type } from 'class-transformer';
import { IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min } from 'class-validator';

export class ListStreamsQueryDto {
  @IsOptional()
  @IsString()
  @Matches(/^[a-z][a-z0-9_]*$/i, { message: 'type må være en strømtype, f.eks. concern.' })
  @MaxLength(100)
  type?: string;

  @IsOptional()
  @IsString()
  @MaxLength(200)
  after?: string;

  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(500)
  limit?: number;
}
