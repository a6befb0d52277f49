import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { readIdempotencyKey } from '@stafett/platform';

/** The request id (X-Request-Id, or the one assigned by the logger), used as the events' correlation id. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const id = context.switchToHttp().getRequest<{ id?: unknown }>().id;
  return typeof id === 'string' ? id : undefined;
});

/**
 * The optional `Idempotency-Key` header, checked here too (not only by the global idempotency
 * interceptor) because the registration derives the child's id from it.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined =>
  readIdempotencyKey(context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers),
);
