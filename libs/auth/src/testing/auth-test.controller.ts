import { Body, Controller, Get, Inject, Logger, Param, Post } from '@nestjs/common';
import { ActsForMunicipality } from '../access/acts-for-municipality.decorator';
import { MunicipalityAccess } from '../access/municipality-access.service';
import { Public } from '../access/public.decorator';
import { Roles } from '../access/roles.decorator';
import { AUTH_CLOCK, type AuthClock } from '../principal/auth.clock';
import { CurrentPrincipal } from '../principal/current-principal.decorator';
import type { Principal } from '@stafett/kernel';
import { ForbiddenProblem } from '../problems/auth.problems';

/** Children the test app "knows", by id, with their municipality. */
export const TEST_CHILDREN = new Map([
  ['child-tromso', { kommunenummer: '5501' }],
  ['child-bodo', { kommunenummer: '1804' }],
]);

/** One route per access situation the e2e tests exercise. */
@Controller()
export class AuthTestController {
  private readonly logger = new Logger(AuthTestController.name);

  constructor(
    private readonly municipalities: MunicipalityAccess,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {}

  @Public()
  @Get('health')
  health(): object {
    return { status: 'ok' };
  }

  @Roles('leader')
  @Get('leader-only')
  leaderOnly(@CurrentPrincipal() principal: Principal): object {
    return { practitionerId: principal.practitionerId, unitId: principal.unitId };
  }

  /** Deliberately undecorated: the developer mistake the guard must refuse. */
  @Get('forgotten')
  forgotten(): object {
    return { leaked: true };
  }

  @Roles('practitioner', 'leader')
  @ActsForMunicipality('kommunenummer')
  @Get('municipalities/:kommunenummer/overview')
  overview(@Param('kommunenummer') kommunenummer: string): object {
    return { kommunenummer };
  }

  /** The municipality is known only after loading the resource, as with a real child. */
  @Roles('practitioner')
  @Get('children/:childId')
  async child(@Param('childId') childId: string, @CurrentPrincipal() principal: Principal): Promise<object> {
    const child = TEST_CHILDREN.get(childId);
    if (!child) throw new ForbiddenProblem('child not found');
    await this.municipalities.assertMayActFor(principal, child.kommunenummer, this.clock.now());
    return { childId };
  }

  /** Logs what a careless handler might: the whole body, with names and a national id in it. */
  @Roles('practitioner')
  @Post('notes')
  note(@Body() body: Record<string, unknown>): object {
    this.logger.log({ payload: body }, 'note received');
    this.logger.warn(`note concerns ${String(body.nationalId)}`);
    return { stored: true };
  }
}
