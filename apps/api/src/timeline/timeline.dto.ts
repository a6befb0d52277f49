import { IsIn, IsOptional, Matches } from 'class-validator';
import { ACCESS_PURPOSES } from '@stafett/access';

export class TimelineChildParamDto {
  @Matches(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i, { message: 'Barnets id må være en UUID.' })
  childId: string;
}

export class ReadTimelineQueryDto {
  /** Required: judged by the policy and recorded in the child's access log. */
  @IsIn(ACCESS_PURPOSES, { message: `Oppgi formålet med oppslaget: ${ACCESS_PURPOSES.join(', ')}.` })
  purpose: string;
}

export class AccessReportQueryDto {
  /** `html` for the printable page; JSON otherwise (unless the client asks for text/html). */
  @IsOptional()
  @IsIn(['json', 'html'], { message: 'format må være json eller html.' })
  format?: 'json' | 'html';

  /** Who asked for it: the guardians (default), or the child from the consent age. */
  @IsOptional()
  @IsIn(['guardians', 'child'], { message: 'for må være guardians (de foresatte) eller child (barnet).' })
  for?: 'guardians' | 'child';
}
