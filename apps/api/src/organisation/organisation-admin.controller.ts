import { osloDate } from '@stafett/kernel';
import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { OrganisationCommands, OrganisationViewReader, practitionerActiveOn, practitionerRolesOn, unitServesMunicipality, type OrganisationCommand } from '@stafett/organisation';
import {
  ChangeRolesDto,
  EndCoverageDto,
  OrganisationAtQueryDto,
  RegisterMunicipalityDto,
  RegisterPractitionerDto,
  RegisterServiceUnitDto,
  StartCoverageDto,
} from './organisation-admin.dto';

/** Administrators change the organisation; every change is an event on the organisation stream. */
@Controller('api/v1/admin/organisation')
@Roles('administrator')
export class OrganisationAdminController {
  constructor(
    private readonly commands: OrganisationCommands,
    private readonly view: OrganisationViewReader,
  ) {}

  /** The organisation as it was (or is) on a date: municipalities, units and whom they serve, practitioners and roles. */
  @Get()
  async show(@Query() query: OrganisationAtQueryDto) {
    const state = await this.view.current();
    const day = query.at ?? osloDate(new Date());
    const municipalities = [...state.municipalities.values()];
    return {
      at: day,
      municipalities,
      units: [...state.units.values()].map((unit) => ({
        unitId: unit.unitId,
        name: unit.name,
        serviceType: unit.serviceType,
        hostMunicipality: unit.hostMunicipality,
        serves: municipalities.filter((m) => unitServesMunicipality(state, unit.unitId, m.kommunenummer, day)).map((m) => m.kommunenummer),
        coverage: unit.coverage,
      })),
      practitioners: [...state.practitioners.values()].map((p) => ({
        practitionerId: p.practitionerId,
        unitId: p.unitId,
        active: practitionerActiveOn(p, day),
        roles: practitionerRolesOn(state, p.practitionerId, day),
      })),
    };
  }

  @Post('municipalities')
  @HttpCode(201)
  registerMunicipality(@Body() body: RegisterMunicipalityDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.run({ type: 'RegisterMunicipality', ...body }, principal, key);
  }

  @Post('units')
  @HttpCode(201)
  registerUnit(@Body() body: RegisterServiceUnitDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.run({ type: 'RegisterServiceUnit', ...body }, principal, key);
  }

  @Post('units/:unitId/coverage')
  @HttpCode(201)
  startCoverage(
    @Param('unitId') unitId: string,
    @Body() body: StartCoverageDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.run({ type: 'StartUnitCoverage', unitId, ...body }, principal, key);
  }

  @Post('units/:unitId/coverage/:kommunenummer/end')
  @HttpCode(200)
  endCoverage(
    @Param('unitId') unitId: string,
    @Param('kommunenummer') kommunenummer: string,
    @Body() body: EndCoverageDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.run({ type: 'EndUnitCoverage', unitId, kommunenummer, validTo: body.validTo }, principal, key);
  }

  @Post('practitioners')
  @HttpCode(201)
  registerPractitioner(@Body() body: RegisterPractitionerDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.run({ type: 'RegisterPractitioner', ...body }, principal, key);
  }

  @Post('practitioners/:practitionerId/roles')
  @HttpCode(200)
  changeRoles(
    @Param('practitionerId') practitionerId: string,
    @Body() body: ChangeRolesDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.run({ type: 'ChangePractitionerRoles', practitionerId, ...body }, principal, key);
  }

  private async run(command: OrganisationCommand, principal: Principal, idempotencyKey?: string) {
    const events = await this.commands.execute(command, {
      userId: principal.practitionerId,
      serviceId: principal.unitId,
      idempotencyKey: idempotencyKey?.slice(0, 200),
    });
    return { events: events.map((e) => e.type) };
  }
}
