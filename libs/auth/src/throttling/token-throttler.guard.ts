import { Injectable } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { TooManyRequestsProblem } from '../problems/auth.problems';
import { bearerTokenFrom } from '../tokens/bearer-token';
import { cookieFrom, sessionCookieNames } from '../sessions/session-cookies';

/** Both spellings: the throttler runs before we know how the app is served. */
const SESSION_COOKIES = [sessionCookieNames({ secureCookies: true }).session, sessionCookieNames({ secureCookies: false }).session];

/** Throttler names; see {@link throttlerModuleOptions}. */
export const PER_TOKEN_THROTTLER = 'per-token';
export const PER_ADDRESS_THROTTLER = 'per-address';

/**
 * The bucket for the per-token limit: a hash of the bearer token or of the web front's session
 * cookie (never the value itself, which would then sit in the throttler's storage), or the client
 * address for calls with neither. Per session rather than per address, because a municipality's
 * offices often share one public address.
 */
export function tokenTracker(request: Record<string, unknown>): string {
  const headers = request.headers as Record<string, string | string[] | undefined> | undefined;
  const bearer = bearerTokenFrom(headers?.authorization);
  if (bearer.kind === 'present') return `token:${createHash('sha256').update(bearer.token).digest('base64url')}`;
  const session = SESSION_COOKIES.map((name) => cookieFrom(headers?.cookie, name)).find((value) => value !== undefined);
  if (session !== undefined) return `session:${createHash('sha256').update(session).digest('base64url')}`;
  return addressTracker(request);
}

export function addressTracker(request: Record<string, unknown>): string {
  return `address:${String(request.ip ?? 'unknown')}`;
}

/**
 * Limits per token across the whole API (one budget, whatever routes it calls), answering with a
 * problem+json 429 like the other refusals.
 */
@Injectable()
export class TokenThrottlerGuard extends ThrottlerGuard {
  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return createHash('sha256').update(`${throttlerName}:${tracker}`).digest('base64url');
  }

  protected override async throwThrottlingException(
    context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    const problem = new TooManyRequestsProblem(detail.timeToBlockExpire);
    const { res } = this.getRequestResponse(context);
    for (const [name, value] of Object.entries(problem.headers)) this.setResponseHeader(res, name, value);
    throw problem;
  }
}
