import { Type } from 'class-transformer';
import { ArrayMaxSize, IsArray, IsBoolean, IsDefined, IsIn, IsObject, ValidateNested } from 'class-validator';
import { MAX_GUARDIANS, MAX_NAME_LENGTH } from '@stafett/organisation';
import { IsCalendarDate, IsKommunenummer, IsText, MayOmit } from '@stafett/platform';
import { IsNationalId } from '@stafett/identity';

// The values' shapes at the edge; the domain decides the rest (synthetic numbers outside production,
// birth dates not in the future, a plausible expected date, duplicates) with the same field names.

/** What `subject` is read as when its `kind` is neither `born` nor `unborn`. */
export class ChildSubjectDto {
  @IsIn(['born', 'unborn'], { message: "kind må være 'born' (født barn) eller 'unborn' (ufødt barn)." })
  kind: string;
}

export class BornChildSubjectDto {
  @IsIn(['born'])
  kind: 'born';

  @IsNationalId()
  nationalId: string;

  @MayOmit()
  @IsText(MAX_NAME_LENGTH)
  name?: string;
}

export class UnbornChildSubjectDto {
  @IsIn(['unborn'])
  kind: 'unborn';

  @IsNationalId()
  motherNationalId: string;

  @IsCalendarDate()
  expectedDate: string;
}

export class GuardianDto {
  @IsNationalId()
  nationalId: string;

  @IsText(MAX_NAME_LENGTH)
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

  @IsKommunenummer()
  homeMunicipality: string;

  /** May be empty; at most MAX_GUARDIANS. */
  @IsArray({ message: 'guardians må være en liste (den kan være tom).' })
  @ArrayMaxSize(MAX_GUARDIANS)
  @ValidateNested({ each: true })
  @Type(() => GuardianDto)
  guardians: GuardianDto[];
}
