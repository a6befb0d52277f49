import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { ROLES, type Role } from '@stafett/auth';

export class MunicipalityView {
  @ApiProperty({ example: '5029' })
  kommunenummer: string;

  @ApiProperty({ example: 'Skaun' })
  name: string;
}

export class UnitView {
  @ApiProperty({ example: 'demo-barnehage' })
  unitId: string;

  @ApiProperty({ example: 'Solstråla barnehage (demo)' })
  name: string;

  @ApiProperty({ example: 'barnehage' })
  serviceType: string;
}

export class PractitionerView {
  @ApiProperty({ example: 'demo-barnehage-leder' })
  practitionerId: string;

  @ApiProperty({ example: 'demo-barnehage' })
  unitId: string;

  @ApiPropertyOptional({ description: 'Left out when the organisation has no name for the practitioner.', example: 'Kari (demo)' })
  displayName?: string;
}

export class MeView {
  @ApiProperty({ example: 'demo-barnehage-leder' })
  practitionerId: string;

  @ApiPropertyOptional({ example: 'Kari (demo)' })
  displayName?: string;

  @ApiProperty({ enum: [...ROLES], isArray: true, example: ['leader'] })
  roles: Role[];

  @ApiProperty({ type: UnitView })
  unit: UnitView;

  @ApiProperty({ type: [MunicipalityView], description: 'The municipalities the unit acts for today.' })
  municipalities: MunicipalityView[];
}

export class DirectoryView {
  @ApiProperty({ type: [UnitView], description: "Every unit serving one of the caller's municipalities today, the caller's own included." })
  units: UnitView[];

  @ApiProperty({ type: [PractitionerView], description: 'The practitioners of those units.' })
  practitioners: PractitionerView[];
}
