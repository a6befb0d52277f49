import { Type } from 'class-transformer';
import { ArrayMaxSize, ArrayMinSize, IsArray, IsDefined, IsIn, IsInt, IsObject, Matches, Max, Min, ValidateNested } from 'class-validator';
import { IsCalendarDate, IsCalendarDateOrDateTime, IsEntityId, IsServiceType, IsText, MayOmit } from '@stafett/platform';

// Shapes and lengths only: categories, purposes, dates, required parties and the paper form's
// verification are checked by the domain, which answers with the same field names in Norwegian.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const TEXT = 200;

export class GrantorRefDto {
  @IsIn(['guardian', 'child'], { message: "kind må være 'guardian' (foresatt) eller 'child' (barnet)." })
  kind: 'guardian' | 'child';

  /** The guardian's position in the child's registration, from 0. */
  @MayOmit()
  @IsInt({ message: 'guardianIndex må være et heltall (plassen i registreringen, fra 0).' })
  @Min(0, { message: 'guardianIndex kan ikke være negativ.' })
  @Max(9, { message: 'guardianIndex er for stor.' })
  guardianIndex?: number;
}

/** The values' format only; whether the unit or service type exists is the consent context's to check. */
export class GranteeDto {
  @MayOmit()
  @IsEntityId()
  unitId?: string;

  @MayOmit()
  @IsServiceType()
  serviceType?: string;
}

export class PeriodDto {
  @IsCalendarDate({ message: 'Oppgi fra hvilken dato samtykket gjelder (ÅÅÅÅ-MM-DD).' })
  from: string;

  /** First day no longer covered. */
  @MayOmit()
  @IsCalendarDate({ message: 'Sluttdatoen må være en dato (ÅÅÅÅ-MM-DD).' })
  to?: string;
}

export class ProvisionDto {
  @MayOmit()
  @IsArray({ message: 'categories må være en liste.' })
  @ArrayMaxSize(20)
  @IsText(50, { each: true })
  categories?: string[];

  @MayOmit()
  @IsArray({ message: 'purposes må være en liste.' })
  @ArrayMaxSize(10)
  @IsText(50, { each: true })
  purposes?: string[];

  @MayOmit()
  @IsArray({ message: 'exceptions må være en liste.' })
  @ArrayMaxSize(10)
  @ValidateNested({ each: true })
  @Type(() => ProvisionDto)
  exceptions?: ProvisionDto[];
}

export class ConsentFormDto {
  // `digital` is accepted here and refused by the consent context with a sentence saying why (403):
  // only a guardian's own session gives one.
  @IsIn(['digital', 'paper', 'meeting'], { message: "Oppgi om samtykket er gitt på papir eller i møte ('paper' eller 'meeting')." })
  kind: 'digital' | 'paper' | 'meeting';

  @MayOmit()
  @IsText(TEXT)
  verifiedBy?: string;

  @MayOmit()
  @IsCalendarDateOrDateTime()
  verifiedAt?: string;

  /** The signed form's or the meeting minutes' reference (an archive or journal number). */
  @MayOmit()
  @IsText(TEXT)
  reference?: string;
}

export class RecordConsentDto {
  @IsArray({ message: 'Oppgi hvem som gir samtykket (grantors).' })
  @ArrayMinSize(1, { message: 'Oppgi hvem som gir samtykket (grantors).' })
  @ArrayMaxSize(11)
  @ValidateNested({ each: true })
  @Type(() => GrantorRefDto)
  grantors: GrantorRefDto[];

  @MayOmit()
  @IsText(100)
  missingPartyReason?: string;

  @IsArray({ message: 'Oppgi hvilke tjenester samtykket gjelder (grantees).' })
  @ValidateNested({ each: true })
  @Type(() => GranteeDto)
  grantees: GranteeDto[];

  @IsIn(['permit', 'deny'], { message: "Avgjørelsen må være 'permit' (tillat) eller 'deny' (nekt)." })
  decision: 'permit' | 'deny';

  @IsDefined({ message: 'Oppgi perioden (period).' })
  @IsObject()
  @ValidateNested()
  @Type(() => PeriodDto)
  period: PeriodDto;

  @IsDefined({ message: 'Oppgi hva samtykket omfatter (provision).' })
  @IsObject()
  @ValidateNested()
  @Type(() => ProvisionDto)
  provision: ProvisionDto;

  @IsDefined({ message: 'Oppgi om samtykket er digitalt eller på papir (form).' })
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentFormDto)
  form: ConsentFormDto;
}

export class WithdrawConsentDto {
  /** The grantor on whose behalf the withdrawal is recorded. */
  @IsDefined({ message: 'Oppgi hvem som trekker samtykket (onBehalfOf).' })
  @IsObject()
  @ValidateNested()
  @Type(() => GrantorRefDto)
  onBehalfOf: GrantorRefDto;
}

export class ChildConsentParamsDto {
  @Matches(UUID, { message: 'childId må være en UUID.' })
  childId: string;
}

export class ConsentParamsDto extends ChildConsentParamsDto {
  @Matches(UUID, { message: 'consentId må være en UUID.' })
  consentId: string;
}

export class ExpiringConsentsQueryDto {
  @MayOmit()
  @Type(() => Number)
  @IsInt({ message: 'withinDays må være et heltall.' })
  @Min(0, { message: 'withinDays kan ikke være negativ.' })
  @Max(365, { message: 'withinDays kan være høyst 365.' })
  withinDays?: number;
}
