import { Type } from 'class-transformer';
import { IsInt, IsOptional, Max, Min } from 'class-validator';

export class EvaluationsWorklistQueryDto {
  /** How many days ahead an evaluation counts as due; overdue ones are always listed. */
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'withinDays må være et heltall.' })
  @Min(0, { message: 'withinDays kan ikke være negativ.' })
  @Max(365, { message: 'withinDays kan være høyst 365.' })
  withinDays?: number;
}
