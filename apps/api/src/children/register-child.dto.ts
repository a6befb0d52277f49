import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, IsOptional, IsString, Matches, MaxLength, ValidateNested } from 'class-validator';
import { MAX_GUARDIANS } from '@stafett/organisation';

// Shapes and lengths only. The national ids (check digits, D-numbers, dates) and names are checked by
// the domain, which answers with the same field names and Norwegian texts.
const NATIONAL_ID_MAX_LENGTH = 20; // 11 digits plus the spaces people type
const NAME_MAX_LENGTH = 200;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const KOMMUNENUMMER = /^\d{4}$/;

const nationalIdText = { message: 'Fødselsnummer og D-nummer oppgis som tekst med 11 siffer.' };
const nationalIdLength = { message: 'Fødselsnummer og D-nummer har 11 siffer.' };
const nameText = { message: 'Navnet må være tekst.' };
const nameLength = { message: `Navnet kan ha høyst ${NAME_MAX_LENGTH} tegn.` };

/** What `subject` is read as when its `kind` is neither `born` nor `unborn`. */
export class ChildSubjectDto {
  @IsIn(['born', 'unborn'], { message: "kind må være 'born' (født barn) eller 'unborn' (ufødt barn)." })
  kind: string;
}

export class BornChildSubjectDto {
  @IsIn(['born'])
  kind: 'born';

  @IsString(nationalIdText)
  @MaxLength(NATIONAL_ID_MAX_LENGTH, nationalIdLength)
  nationalId: string;

  @IsOptional()
  @IsString(nameText)
  @MaxLength(NAME_MAX_LENGTH, nameLength)
  name?: string;
}

export class UnbornChildSubjectDto {
  @IsIn(['unborn'])
  kind: 'unborn';

  @IsString(nationalIdText)
  @MaxLength(NATIONAL_ID_MAX_LENGTH, nationalIdLength)
  motherNationalId: string;

  @Matches(ISO_DATE, { message: 'Termindatoen må være en dato (ÅÅÅÅ-MM-DD).' })
  expectedDate: string;
}

export class GuardianDto {
  @IsString(nationalIdText)
  @MaxLength(NATIONAL_ID_MAX_LENGTH, nationalIdLength)
  nationalId: string;

  @IsString(nameText)
  @MaxLength(NAME_MAX_LENGTH, nameLength)
  name: string;

  @IsBoolean({ message: 'Oppgi om den foresatte har foreldreansvar (true eller false).' })
  holdsParentalResponsibility: boolean;
}

export class RegisterChildDto {
  @IsDefined({ message: 'Oppgi barnet (subject).' })
  @IsObject({ message: 'subject må være et objekt.' })
  @ValidateNested()
  @Type(() => ChildSubjectDto, {
    keepDiscriminatorProperty: true,
    discriminator: {
      property: 'kind',
      subTypes: [
        { value: BornChildSubjectDto, name: 'born' },
        { value: UnbornChildSubjectDto, name: 'unborn' },
      ],
    },
  })
  subject: BornChildSubjectDto | UnbornChildSubjectDto;

  @Matches(KOMMUNENUMMER, { message: 'Kommunenummeret må ha fire siffer.' })
  homeMunicipality: string;

  @IsArray({ message: 'guardians må være en liste (den kan være tom).' })
  @ArrayMaxSize(MAX_GUARDIANS, { message: `Oppgi høyst ${MAX_GUARDIANS} foresatte.` })
  @ValidateNested({ each: true, message: 'Hver foresatt må være et objekt.' })
  @Type(() => GuardianDto)
  guardians: GuardianDto[];
}
