import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import type { ConcernActor } from '@stafett/concern';
import type { Caller as KernelCaller } from '@stafett/kernel';
import { readIdempotencyKey } from '@stafett/platform';

/**
 * Who calls (from the verified token), the request id and the optional Idempotency-Key, in one
 * parameter: a kernel Caller (what commands carry), and the same as `actor` for routes that still
 * call a context service.
 */
export interface ConcernCaller extends KernelCaller {
  readonly actor: ConcernActor;
  readonly idempotencyKey?: string;
}

interface CallerRequest {
  principal?: Principal;
  id?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): ConcernCaller => {
  const request = context.switchToHttp().getRequest<CallerRequest>();
  if (!request.principal) throw new Error('@Caller() used on a route without an authenticated principal (is it @Public()?)');
  const actor = { principal: request.principal, correlationId: typeof request.id === 'string' ? request.id : undefined };
  return { ...actor, actor, idempotencyKey: readIdempotencyKey(request.headers) };
});
