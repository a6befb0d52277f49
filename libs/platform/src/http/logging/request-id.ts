import { randomUUID } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

export const REQUEST_ID_HEADER = 'X-Request-Id';

/**
 * A caller's own request id is kept so that traces join up across services, but only if it is short
 * and plain: it is echoed in a header and written to every log line, so it must not be able to
 * smuggle in line breaks, markup or personal data.
 */
const ACCEPTABLE_REQUEST_ID = /^[A-Za-z0-9._:-]{8,128}$/;

type RequestWithId = IncomingMessage & { id?: unknown };

/**
 * The request's id: the one already assigned, else the caller's X-Request-Id, else a new UUID. Also
 * echoes it in the response, so that a user reporting an error can quote it. Used both as an early
 * middleware (so even a rejected body gets an id) and as pino-http's `genReqId`.
 */
export function requestIdFor(request: IncomingMessage, response: ServerResponse): string {
  const existing = (request as RequestWithId).id;
  if (typeof existing === 'string') return existing;
  const offered = request.headers['x-request-id'];
  const id =
    typeof offered === 'string' && ACCEPTABLE_REQUEST_ID.test(offered) && !/\d{11}/.test(offered)
      ? offered
      : randomUUID();
  (request as RequestWithId).id = id;
  if (!response.headersSent) response.setHeader(REQUEST_ID_HEADER, id);
  return id;
}

export function requestIdMiddleware(request: IncomingMessage, response: ServerResponse, next: () => void): void {
  requestIdFor(request, response);
  next();
}
