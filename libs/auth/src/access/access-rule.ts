import type { Reflector } from '@nestjs/core';
import type { Role } from '@stafett/kernel';
import { MUNICIPALITY_PARAM, PUBLIC_ROUTE, ROUTE_ROLES } from './access.metadata';

/** What the decorators on one route add up to. */
export type AccessRule =
  | { readonly kind: 'public' }
  | { readonly kind: 'roles'; readonly roles: readonly Role[]; readonly municipalityParam: string | undefined }
  /** A developer mistake: refused at runtime, reported at start-up. */
  | { readonly kind: 'misconfigured'; readonly why: string };

// Function is what Nest reflects on: a handler or a controller class.
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type
type Target = Function;

/** The route's own decorators win over its controller's; stating nothing anywhere is refused. */
export function accessRuleFor(reflector: Reflector, handler: Target, controller: Target): AccessRule {
  const municipalityParam = reflector.get<string | undefined>(MUNICIPALITY_PARAM, handler);
  for (const target of [handler, controller]) {
    const isPublic = reflector.get<boolean | undefined>(PUBLIC_ROUTE, target) === true;
    const roles = reflector.get<readonly Role[] | undefined>(ROUTE_ROLES, target);
    if (isPublic && roles) return misconfigured('has both @Public() and @Roles()');
    if (isPublic) {
      return municipalityParam === undefined
        ? { kind: 'public' }
        : misconfigured('is @Public() but also @ActsForMunicipality()');
    }
    if (roles) {
      return roles.length === 0 ? misconfigured('has @Roles() without roles') : { kind: 'roles', roles, municipalityParam };
    }
  }
  return misconfigured('has neither @Public() nor @Roles()');
}

function misconfigured(why: string): AccessRule {
  return { kind: 'misconfigured', why };
}
