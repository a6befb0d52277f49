import { createParamDecorator, type ExecutionContext } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import type { ConcernActor } from '@stafett/concern';
import { problem } from '@stafett/platform/http/problem.exception';

/** Who calls (from the verified token), the request id and the optional Idempotency-Key, in one parameter. */
export interface ConcernCaller {
  readonly actor: ConcernActor;
  readonly idempotencyKey?: string;
}

const IDEMPOTENCY_KEY = /^[A-Za-z0-9_.:-]{1,200}$/;
const IDEMPOTENCY_KEY_RULE = 'Idempotency-Key må være 1-200 tegn: bokstaver, tall og - _ . :';

interface CallerRequest {
  principal?: Principal;
  id?: unknown;
  headers: Record<string, string | string[] | undefined>;
}

export const Caller = createParamDecorator((_data: unknown, context: ExecutionContext): ConcernCaller => {
  const request = context.switchToHttp().getRequest<CallerRequest>();
  if (!request.principal) throw new Error('@Caller() used on a route without an authenticated principal (is it @Public()?)');
  const header = request.headers['idempotency-key'];
  const key = Array.isArray(header) ? header[0] : header;
  if (header !== undefined && (key === undefined || !IDEMPOTENCY_KEY.test(key))) {
    throw problem(400, 'invalid-request', 'Ugyldig forespørsel', IDEMPOTENCY_KEY_RULE, [{ field: 'Idempotency-Key', message: IDEMPOTENCY_KEY_RULE }]);
  }
  return {
    actor: { principal: request.principal, correlationId: typeof request.id === 'string' ? request.id : undefined },
    idempotencyKey: key,
  };
});
