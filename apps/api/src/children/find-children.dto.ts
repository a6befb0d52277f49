import { IsNationalId } from '@stafett/identity';

/** In the body, not the URL: a national id must never sit in a URL, a proxy log or browser history. */
export class FindChildrenDto {
  @IsNationalId()
  nationalId: string;
}
