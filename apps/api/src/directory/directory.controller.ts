import { Controller, Get } from '@nestjs/common';
import { QueryBus } from '@nestjs/cqrs';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { ShowCallerQuery, ShowDirectoryQuery } from '@stafett/organisation';
import { DirectoryView, MeView } from './directory.dto';

/** Who the caller is, and the names of the units and people it works with, so that no page shows an id. */
@ApiTags('directory')
@Controller('api/v1')
@Roles('practitioner', 'leader', 'intake', 'caseworker', 'administrator')
export class DirectoryController {
  constructor(private readonly queries: QueryBus) {}

  @Get('me')
  @ApiOperation({ summary: 'The signed-in practitioner, the unit and the municipalities it acts for today.' })
  @ApiOkResponse({ type: MeView })
  me(@CurrentPrincipal() principal: Principal): Promise<MeView> {
    return this.queries.execute(new ShowCallerQuery({ principal }));
  }

  @Get('directory')
  @ApiOperation({ summary: "Names of the units serving the caller's municipalities today, and of their practitioners." })
  @ApiOkResponse({ type: DirectoryView })
  async directory(@CurrentPrincipal() principal: Principal): Promise<DirectoryView> {
    const { units, practitioners } = await this.queries.execute(new ShowDirectoryQuery({ principal }));
    return { units: [...units], practitioners: [...practitioners] };
  }
}
