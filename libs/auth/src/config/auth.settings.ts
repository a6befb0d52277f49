/**
 * How the API authenticates callers, read once from the environment at start-up.
 *
 * Production accepts only tokens from a configured OIDC provider. Anywhere else, leaving the OIDC
 * variables out selects the built-in development issuer, whose keys live under DATA_DIR.
 */
export interface AuthSettings {
  readonly mode: 'production' | 'development';
  /** The provider's key set; undefined selects the development issuer (never in production). */
  readonly jwksUrl: URL | undefined;
  /** Expected `iss` claim, compared exactly. */
  readonly issuer: string;
  /** Expected `aud` claim (one of the token's audiences). */
  readonly audience: string;
  /** The claim that identifies the practitioner, handed to the practitioner directory. */
  readonly practitionerClaim: string;
  readonly dataDir: string;
  /** Allowed clock skew between us and the provider when checking `exp` and `nbf`. */
  readonly clockToleranceSeconds: number;
}

/** The built-in development issuer's `iss`. Tokens carrying it are refused in production. */
export const DEV_ISSUER = 'http://localhost/stafett-dev-issuer';

export const DEFAULT_AUDIENCE = 'stafett-api';

/** Thrown at start-up so that a misconfigured deployment never serves a request. */
export class AuthConfigurationError extends Error {
  override readonly name = 'AuthConfigurationError';
}

type Env = Readonly<Record<string, string | undefined>>;

export function authSettingsFromEnv(env: Env): AuthSettings {
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const jwksUrl = blankToUndefined(env.OIDC_JWKS_URL);
  const issuer = blankToUndefined(env.OIDC_ISSUER);
  const common = {
    mode,
    audience: blankToUndefined(env.OIDC_AUDIENCE) ?? DEFAULT_AUDIENCE,
    practitionerClaim: blankToUndefined(env.OIDC_PRACTITIONER_CLAIM) ?? 'sub',
    dataDir: blankToUndefined(env.DATA_DIR) ?? './data',
    clockToleranceSeconds: 30,
  } as const;

  if (mode === 'production') {
    const missing = [jwksUrl ? undefined : 'OIDC_JWKS_URL', issuer ? undefined : 'OIDC_ISSUER'].filter(Boolean);
    if (missing.length > 0) {
      throw new AuthConfigurationError(
        `NODE_ENV=production requires ${missing.join(' and ')}: the development token issuer does not ` +
          `exist in production, so without an OIDC provider nobody could be authenticated.`,
      );
    }
    if (issuer === DEV_ISSUER) {
      throw new AuthConfigurationError(`OIDC_ISSUER must not be the development issuer in production.`);
    }
    const url = parseUrl('OIDC_JWKS_URL', jwksUrl!);
    // Keys fetched over plain HTTP could be swapped by anyone on the path, and with them every token.
    if (url.protocol !== 'https:') {
      throw new AuthConfigurationError(`OIDC_JWKS_URL must use https in production, got ${url.protocol}`);
    }
    return { ...common, jwksUrl: url, issuer: issuer! };
  }

  if ((jwksUrl === undefined) !== (issuer === undefined)) {
    throw new AuthConfigurationError(
      `Set both OIDC_JWKS_URL and OIDC_ISSUER to use an OIDC provider, or neither to use the development issuer.`,
    );
  }
  if (jwksUrl === undefined) return { ...common, jwksUrl: undefined, issuer: DEV_ISSUER };
  return { ...common, jwksUrl: parseUrl('OIDC_JWKS_URL', jwksUrl), issuer: issuer! };
}

function parseUrl(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new AuthConfigurationError(`${name} is not a valid URL`);
  }
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Nest injection token for the {@link AuthSettings} given to `AuthModule.forRoot`. */
export const AUTH_SETTINGS = Symbol('AUTH_SETTINGS');
