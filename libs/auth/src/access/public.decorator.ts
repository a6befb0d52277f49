import { SetMetadata } from '@nestjs/common';
import { PUBLIC_ROUTE } from './access.metadata';

/**
 * Opts a route (or a whole controller) out of authentication. Every route needs either this or
 * `@Roles(...)`; the AuthGuard refuses routes that state neither.
 */
export const Public = (): MethodDecorator & ClassDecorator => SetMetadata(PUBLIC_ROUTE, true);
