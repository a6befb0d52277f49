import { IsCalendarDate, IsText, MayOmit } from '@stafett/platform';
import { MAX_TEXT_LENGTH } from './concern-dto.rules';

/** A lysglimt: what went well for the child. The domain checks that the day is not after today. */
export class RecordPositiveObservationDto {
  /** What went well, as the practitioner saw it. */
  @IsText(MAX_TEXT_LENGTH)
  text: string;

  /** The day it was seen (YYYY-MM-DD). */
  @IsCalendarDate()
  observedOn: string;

  /** What the child said about it, if the child said something. */
  @MayOmit()
  @IsText(MAX_TEXT_LENGTH)
  childsOwnWords?: string;
}
