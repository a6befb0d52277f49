import { Matches } from 'class-validator';

const KOMMUNENUMMER = /^\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The municipality and the period (Oslo dates of receipt, both inclusive) of the intake figures. */
export class IntakeFiguresQueryDto {
  @Matches(KOMMUNENUMMER, { message: 'Kommunenummeret må ha fire siffer.' })
  kommunenummer: string;

  @Matches(ISO_DATE, { message: 'from må være en dato (ÅÅÅÅ-MM-DD).' })
  from: string;

  @Matches(ISO_DATE, { message: 'to må være en dato (ÅÅÅÅ-MM-DD).' })
  to: string;
}
