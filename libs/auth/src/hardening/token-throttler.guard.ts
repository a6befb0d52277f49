import { Injectable } from '@nestjs/common';
import type { ExecutionContext } from '@nestjs/common';
import { ThrottlerGuard, type ThrottlerLimitDetail } from '@nestjs/throttler';
import { createHash } from 'node:crypto';
import { TooManyRequestsProblem } from '../problems/auth.problems';
import { bearerTokenFrom } from '../tokens/bearer-token';

/** Throttler names; see {@link throttlerModuleOptions}. */
export const PER_TOKEN_THROTTLER = 'per-token';
export const PER_ADDRESS_THROTTLER = 'per-address';

/**
 * The bucket for the per-token limit: a hash of the bearer token (never the token itself, which
 * would then sit in the throttler's storage), or the client address for calls without one.
 */
export function tokenTracker(request: Record<string, unknown>): string {
  const headers = request.headers as Record<string, string | string[] | undefined> | undefined;
  const bearer = bearerTokenFrom(headers?.authorization);
  if (bearer.kind === 'present') return `token:${createHash('sha256').update(bearer.token).digest('base64url')}`;
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
