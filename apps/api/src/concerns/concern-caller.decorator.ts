import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import type { ConcernActor } from '@stafett/concern';
import { readIdempotencyKey } from '@stafett/platform/http/idempotency/idempotency-key';

/** Who calls (from the verified token), the request id and the optional Idempotency-Key, in one parameter. */
export interface ConcernCaller {
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
  return {
    actor: { principal: request.principal, correlationId: typeof request.id === 'string' ? request.id : undefined },
    idempotencyKey: readIdempotencyKey(request.headers),
  };
});
