import { Body, Controller, Get, Headers, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import {
  ChangePractitionerRolesCommand,
  EndUnitCoverageCommand,
  RegisterMunicipalityCommand,
  RegisterPractitionerCommand,
  RegisterServiceUnitCommand,
  ShowOrganisationQuery,
  StartUnitCoverageCommand,
} from '@stafett/organisation';
import {
  ChangeRolesDto,
  EndCoverageDto,
  OrganisationAtQueryDto,
  RegisterMunicipalityDto,
  RegisterPractitionerDto,
  RegisterServiceUnitDto,
  StartCoverageDto,
} from './organisation-admin.dto';

/** The caller of an administrator's change; the Idempotency-Key is cut to what the key store keeps. */
const caller = (principal: Principal, idempotencyKey?: string) => ({ principal, idempotencyKey: idempotencyKey?.slice(0, 200) });

/** Administrators change the organisation; every change is an event on the organisation stream. */
@Controller('api/v1/admin/organisation')
@Roles('administrator')
export class OrganisationAdminController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queries: QueryBus,
  ) {}

  /** The organisation as it was (or is) on a date: municipalities, units and whom they serve, practitioners and roles. */
  @Get()
  show(@Query() query: OrganisationAtQueryDto) {
    return this.queries.execute(new ShowOrganisationQuery(query.at));
  }

  @Post('municipalities')
  @HttpCode(201)
  registerMunicipality(@Body() body: RegisterMunicipalityDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.commands.execute(new RegisterMunicipalityCommand(body, caller(principal, key)));
  }

  @Post('units')
  @HttpCode(201)
  registerUnit(@Body() body: RegisterServiceUnitDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.commands.execute(new RegisterServiceUnitCommand(body, caller(principal, key)));
  }

  @Post('units/:unitId/coverage')
  @HttpCode(201)
  startCoverage(
    @Param('unitId') unitId: string,
    @Body() body: StartCoverageDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.commands.execute(new StartUnitCoverageCommand({ unitId, ...body }, caller(principal, key)));
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
    return this.commands.execute(new EndUnitCoverageCommand({ unitId, kommunenummer, validTo: body.validTo }, caller(principal, key)));
  }

  @Post('practitioners')
  @HttpCode(201)
  registerPractitioner(@Body() body: RegisterPractitionerDto, @CurrentPrincipal() principal: Principal, @Headers('idempotency-key') key?: string) {
    return this.commands.execute(new RegisterPractitionerCommand(body, caller(principal, key)));
  }

  @Post('practitioners/:practitionerId/roles')
  @HttpCode(200)
  changeRoles(
    @Param('practitionerId') practitionerId: string,
    @Body() body: ChangeRolesDto,
    @CurrentPrincipal() principal: Principal,
    @Headers('idempotency-key') key?: string,
  ) {
    return this.commands.execute(new ChangePractitionerRolesCommand({ practitionerId, ...body }, caller(principal, key)));
  }
}
