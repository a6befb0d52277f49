import { osloDate } from '@stafett/kernel';
import { Controller, Get, Inject } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { AUTH_CLOCK, CurrentPrincipal, Roles, type AuthClock, type Principal } from '@stafett/auth';
import { OrganisationViewReader } from '@stafett/organisation';
import { callerDirectory } from './caller-directory';
import { DirectoryView, MeView } from './directory.dto';

/** Who the caller is, and the names of the units and people it works with, so that no page shows an id. */
@ApiTags('directory')
@Controller('api/v1')
@Roles('practitioner', 'leader', 'intake', 'caseworker', 'administrator')
export class DirectoryController {
  constructor(
    private readonly view: OrganisationViewReader,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in practitioner, the unit and the municipalities it acts for today.' })
  @ApiOkResponse({ type: MeView })
  async me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    const state = await this.view.current();
    const directory = callerDirectory(state, principal, osloDate(this.clock.now()));
    const unit = directory.units.find((candidate) => candidate.unitId === principal.unitId) ?? {
      unitId: principal.unitId,
      name: principal.unitId,
      serviceType: principal.serviceType,
    };
    const displayName = state.practitioners.get(principal.practitionerId)?.displayName;
    return {
      practitionerId: principal.practitionerId,
      ...(displayName === undefined ? {} : { displayName }),
      roles: [...principal.roles],
      unit,
      municipalities: [...directory.municipalities],
    };
  }

  @Get('directory')
  @ApiOperation({ summary: "Names of the units serving the caller's municipalities today, and of their practitioners." })
  @ApiOkResponse({ type: DirectoryView })
  async directory(@CurrentPrincipal() principal: Principal): Promise<DirectoryView> {
    const { units, practitioners } = callerDirectory(await this.view.current(), principal, osloDate(this.clock.now()));
    return { units: [...units], practitioners: [...practitioners] };
  }
}
