import { IsIn, Matches } from 'class-validator';
import { CHILD_ACCESS_PURPOSES } from '@stafett/organisation';

export class ChildIdParamDto {
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'Barnets id må være en UUID.' })
  childId: string;
}

export class ReadChildQueryDto {
  /** Recorded in the child's access log with the read. */
  @IsIn(CHILD_ACCESS_PURPOSES, { message: `Oppgi formålet med oppslaget: ${CHILD_ACCESS_PURPOSES.join(', ')}.` })
  purpose: string;
}
