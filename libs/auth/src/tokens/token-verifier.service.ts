import { Inject, Injectable } from '@nestjs/common';
import { errors, jwtVerify, type JWTVerifyGetKey } from 'jose';
import { AUTH_SETTINGS, type AuthSettings } from '../config/auth.settings';
import { AuthUnavailableProblem, UnauthenticatedProblem } from '../problems/auth.problems';
import { TOKEN_KEY_SOURCE } from './token-key-source';

/** What a verified token tells us; nothing else of the token leaves this class. */
export interface VerifiedToken {
  /** The practitioner claim's value, to be looked up in the practitioner directory. */
  readonly practitionerId: string;
  readonly expiresAt: Date;
}

/**
 * Asymmetric algorithms only: with HS256 the "key" is the public JWKS entry itself, and `none` is
 * no signature at all. jose also refuses a JWK whose `alg` disagrees with the token's header.
 */
const ALGORITHMS = ['RS256', 'ES256', 'PS256'];

/** Errors that mean "we could not get the provider's keys", not "the token is bad". */
const KEY_SOURCE_FAILURES = new Set(['ERR_JWKS_TIMEOUT', 'ERR_JWKS_INVALID', 'ERR_JOSE_GENERIC']);

@Injectable()
export class TokenVerifier {
  constructor(
    @Inject(AUTH_SETTINGS) private readonly settings: AuthSettings,
    @Inject(TOKEN_KEY_SOURCE) private readonly keys: JWTVerifyGetKey,
  ) {}

  /** Resolves the token's practitioner, or throws a 401 problem (503 if the provider is unreachable). */
  async verify(token: string, now: Date): Promise<VerifiedToken> {
    const claim = this.settings.practitionerClaim;
    let payload: Record<string, unknown>;
    try {
      ({ payload } = await jwtVerify(token, this.keys, {
        issuer: this.settings.issuer,
        audience: this.settings.audience,
        algorithms: ALGORITHMS,
        clockTolerance: this.settings.clockToleranceSeconds,
        currentDate: now,
        // jose accepts a token without `exp` as never expiring; we do not.
        requiredClaims: ['exp', claim],
      }));
    } catch (error) {
      throw this.problemFor(error);
    }
    const practitionerId = payload[claim];
    if (typeof practitionerId !== 'string' || practitionerId.length === 0 || practitionerId.length > 256) {
      throw new UnauthenticatedProblem(true, `token claim '${claim}' is not a usable practitioner id`);
    }
    return { practitionerId, expiresAt: new Date((payload.exp as number) * 1000) };
  }

  private problemFor(error: unknown): Error {
    if (error instanceof errors.JOSEError) {
      if (KEY_SOURCE_FAILURES.has(error.code)) return new AuthUnavailableProblem(`JWKS unavailable: ${error.code}`);
      // The code (and for claims, the claim's name) says which check failed; the message could
      // quote claim values, so it is left out.
      const claimName = error instanceof errors.JWTClaimValidationFailed ? ` (${error.claim})` : '';
      return new UnauthenticatedProblem(true, `token rejected: ${error.code}${claimName}`);
    }
    // fetch() failing (DNS, refused connection) surfaces as a plain TypeError from the remote key set.
    if (this.settings.jwksUrl !== undefined) return new AuthUnavailableProblem('JWKS fetch failed');
    return new UnauthenticatedProblem(true, 'token rejected: unexpected verification error');
  }
}
