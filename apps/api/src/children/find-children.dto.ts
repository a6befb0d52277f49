import { IsString, MaxLength } from 'class-validator';

/** In the body, not the URL: a national id must never sit in a URL, a proxy log or browser history. */
export class FindChildrenDto {
  @IsString({ message: 'Fødselsnummer og D-nummer oppgis som tekst med 11 siffer.' })
  @MaxLength(20, { message: 'Fødselsnummer og D-nummer har 11 siffer.' })
  nationalId: string;
}
