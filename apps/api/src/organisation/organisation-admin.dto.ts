import { ArrayMaxSize, ArrayMinSize, IsArray, IsIn, Matches } from 'class-validator';
import { ROLES } from '@stafett/auth';
import { IsCalendarDate, IsKommunenummer, IsServiceType, IsText, MayOmit } from '@stafett/platform';

/** Ids an administrator chooses for units and practitioners: lower-case letters, digits and dashes. */
const ADMIN_ID = /^[a-z0-9][a-z0-9-]{0,63}$/;
const adminId = { message: 'Id-en må ha 1-64 tegn: små bokstaver (a-z), siffer og bindestrek, og begynne med en bokstav eller et siffer.' };
const MAX_MUNICIPALITY_NAME = 100;
const MAX_UNIT_NAME = 200;
const MAX_DISPLAY_NAME = 100;
const MAX_ROLES = 5;

export class RegisterMunicipalityDto {
  @IsKommunenummer()
  kommunenummer: string;

  @IsText(MAX_MUNICIPALITY_NAME)
  name: string;
}

export class RegisterServiceUnitDto {
  @Matches(ADMIN_ID, adminId)
  unitId: string;

  @IsText(MAX_UNIT_NAME)
  name: string;

  /** A service type of the organisation's configuration; the domain checks that it is one. */
  @IsServiceType()
  serviceType: string;

  @IsKommunenummer()
  hostMunicipality: string;
}

export class StartCoverageDto {
  @IsKommunenummer()
  kommunenummer: string;

  @IsCalendarDate()
  validFrom: string;

  @MayOmit()
  @IsCalendarDate()
  validTo?: string;
}

export class EndCoverageDto {
  @IsCalendarDate()
  validTo: string;
}

export class RegisterPractitionerDto {
  @Matches(ADMIN_ID, adminId)
  practitionerId: string;

  @Matches(ADMIN_ID, adminId)
  unitId: string;

  @MayOmit()
  @IsText(MAX_DISPLAY_NAME)
  displayName?: string;

  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ROLES)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @IsCalendarDate()
  activeFrom: string;
}

export class ChangeRolesDto {
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(MAX_ROLES)
  @IsIn(ROLES, { each: true })
  roles: string[];

  @IsCalendarDate()
  effectiveFrom: string;
}

export class OrganisationAtQueryDto {
  @MayOmit()
  @IsCalendarDate()
  at?: string;
}
