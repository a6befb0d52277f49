import type { IncomingMessage, ServerResponse } from 'node:http';
import { PROBLEM_CONTENT_TYPE, type ProblemException } from './problem.exception';

/**
 * Writes a {@link ProblemException} as `application/problem+json`, for the application's global
 * exception filter. `instance` names the request by its request id rather than echoing the path,
 * which may carry identifiers that then end up in client-side logs.
 */
export function renderProblem(exception: ProblemException, request: IncomingMessage, response: ServerResponse): void {
  const requestId = (request as { id?: unknown }).id;
  const body = {
    ...exception.problem,
    ...(typeof requestId === 'string' ? { instance: `urn:stafett:request:${requestId}` } : {}),
  };
  for (const [name, value] of Object.entries(exception.headers)) response.setHeader(name, value);
  response.statusCode = exception.problem.status;
  response.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  response.end(JSON.stringify(body));
}
