import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import { problem } from '@stafett/platform/http/problem.exception';

/** The request id (X-Request-Id, or the one assigned by the logger), used as the events' correlation id. */
export const RequestId = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const id = context.switchToHttp().getRequest<{ id?: unknown }>().id;
  return typeof id === 'string' ? id : undefined;
});

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
const IDEMPOTENCY_KEY_RULE = 'Idempotency-Key må være 1-200 tegn: bokstaver, tall og - _ . :';

/**
 * The optional `Idempotency-Key` header, checked here too (not only by the global idempotency
 * interceptor) because the registration derives the child's id from it.
 */
export const IdempotencyKey = createParamDecorator((_data: unknown, context: ExecutionContext): string | undefined => {
  const header = context.switchToHttp().getRequest<{ headers: Record<string, string | string[] | undefined> }>().headers['idempotency-key'];
  if (header === undefined) return undefined;
  const key = Array.isArray(header) ? header[0] : header;
  if (key === undefined || !IDEMPOTENCY_KEY.test(key)) {
    throw problem(400, 'invalid-request', 'Ugyldig forespørsel', IDEMPOTENCY_KEY_RULE, [{ field: 'Idempotency-Key', message: IDEMPOTENCY_KEY_RULE }]);
  }
  return key;
});
