import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { CurrentPrincipal, Roles, type Principal } from '@stafett/auth';
import { RegisterChildCommand } from '@stafett/organisation';
import { FindRelatedChildrenQuery, ReadRegistrationQuery } from '@stafett/access';
import { IdempotencyKey, RequestId } from './child-request.decorators';
import { FindChildrenDto } from './find-children.dto';
import { ChildIdParamDto, ReadChildQueryDto } from './read-child.dto';
import { RegisterChildDto } from './register-child.dto';

/**
 * Children: register, find by national id, read one. Practitioners of every kind; administrators
 * manage the organisation and see no children. Finding and reading are the disclosure module's
 * (libs/access): only children the caller's unit has a relation to.
 */
@Controller('api/v1/children')
@Roles('practitioner', 'leader', 'intake', 'caseworker')
export class ChildrenController {
  constructor(
    private readonly commands: CommandBus,
    private readonly queryBus: QueryBus,
  ) {}

  @Post()
  @HttpCode(201)
  async register(
    @Body() body: RegisterChildDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() correlationId: string | undefined,
    @IdempotencyKey() idempotencyKey: string | undefined,
  ) {
    const { childId } = await this.commands.execute(new RegisterChildCommand(body, { principal, correlationId, idempotencyKey }));
    return { childId };
  }

  /** POST, so that the number travels in the body and never in a URL or an access log. */
  @Post('search')
  @HttpCode(200)
  async search(@Body() body: FindChildrenDto, @CurrentPrincipal() principal: Principal, @RequestId() correlationId: string | undefined) {
    return { children: await this.queryBus.execute(new FindRelatedChildrenQuery(body.nationalId, { principal, correlationId })) };
  }

  @Get(':childId')
  read(
    @Param() params: ChildIdParamDto,
    @Query() query: ReadChildQueryDto,
    @CurrentPrincipal() principal: Principal,
    @RequestId() correlationId: string | undefined,
  ) {
    return this.queryBus.execute(new ReadRegistrationQuery(params.childId, query.purpose, { principal, correlationId }));
  }
}
