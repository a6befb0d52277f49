import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@stafett/kernel';

/** Where the AuthGuard leaves the principal on the request. */
export interface RequestWithPrincipal {
  principal?: Principal;
}

/**
 * The authenticated caller of a `@Roles(...)` route. On a `@Public()` route there is none, which is
 * a programming error, so it fails loudly instead of handing the handler `undefined`.
 */
export const CurrentPrincipal = createParamDecorator((_data: unknown, context: ExecutionContext): Principal => {
  const principal = context.switchToHttp().getRequest<RequestWithPrincipal>().principal;
  if (!principal) {
    throw new Error('@CurrentPrincipal() used on a route without an authenticated principal (is it @Public()?)');
  }
  return principal;
});
