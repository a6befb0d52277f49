import { SetMetadata } from '@nestjs/common';
import type { Role } from '@stafett/kernel';
import { ROUTE_ROLES } from './access.metadata';

/**
 * The roles that may call a route: the caller needs at least one of them. On a controller it is the
 * default for its routes; a route's own `@Roles` or `@Public` replaces it.
 */
export const Roles = (...roles: [Role, ...Role[]]): MethodDecorator & ClassDecorator =>
  SetMetadata(ROUTE_ROLES, Object.freeze([...roles]));
