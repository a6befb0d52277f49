import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, IsOptional, IsString, Matches, MaxLength } from 'class-validator';
import { ROLES } from '@stafett/auth';

const KOMMUNENUMMER = /^\d{4}$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ENTITY_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;

export class RegisterMunicipalityDto {
  @Matches(KOMMUNENUMMER, { message: 'kommunenummer must be four digits' })
  kommunenummer: string;

  @IsString()
  @MaxLength(100)
  name: string;
}

export class RegisterServiceUnitDto {
  @Matches(ENTITY_ID, { message: 'unitId must be lower-case letters, digits and dashes' })
  unitId: string;

  @IsString()
  @MaxLength(200)
  name: string;

  @IsString()
  @MaxLength(50)
  serviceType: string;

  @Matches(KOMMUNENUMMER, { message: 'hostMunicipality must be four digits' })
  hostMunicipality: string;
}

export class StartCoverageDto {
  @Matches(KOMMUNENUMMER, { message: 'kommunenummer must be four digits' })
  kommunenummer: string;

  @Matches(ISO_DATE, { message: 'validFrom must be a date (YYYY-MM-DD)' })
  validFrom: string;

  @IsOptional()
  @Matches(ISO_DATE, { message: 'validTo must be a date (YYYY-MM-DD)' })
  validTo?: string;
}

export class EndCoverageDto {
  @Matches(ISO_DATE, { message: 'validTo must be a date (YYYY-MM-DD)' })
  validTo: string;
}

export class RegisterPractitionerDto {
  @Matches(ENTITY_ID, { message: 'practitionerId must be lower-case letters, digits and dashes' })
  practitionerId: string;

  @Matches(ENTITY_ID, { message: 'unitId must be lower-case letters, digits and dashes' })
  unitId: string;

  @IsOptional()
  @IsString()
  @MaxLength(100)
  displayName?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @Matches(ISO_DATE, { message: 'activeFrom must be a date (YYYY-MM-DD)' })
  activeFrom: string;
}

export class ChangeRolesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(5)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @Matches(ISO_DATE, { message: 'effectiveFrom must be a date (YYYY-MM-DD)' })
  effectiveFrom: string;
}

export class OrganisationAtQueryDto {
  @IsOptional()
  @Matches(ISO_DATE, { message: 'at must be a date (YYYY-MM-DD)' })
  at?: string;
}
