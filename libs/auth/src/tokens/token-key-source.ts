import { createRemoteJWKSet, type JWTVerifyGetKey } from 'jose';
import type { AuthSettings } from '../config/auth.settings';
import { DevIssuer } from '../dev-issuer/dev-issuer';

/** Nest injection token for the key resolver the {@link TokenVerifier} checks signatures with. */
export const TOKEN_KEY_SOURCE = Symbol('TOKEN_KEY_SOURCE');

/**
 * The provider's JWKS when one is configured; otherwise (development only, enforced by the
 * settings and by DevIssuer itself) the development issuer's local key.
 */
export async function createTokenKeySource(settings: AuthSettings): Promise<JWTVerifyGetKey> {
  if (settings.jwksUrl) {
    return createRemoteJWKSet(settings.jwksUrl, {
      timeoutDuration: 5_000,
      // A token with an unknown `kid` triggers a refetch (key rotation) at most this often, so a
      // flood of made-up kids cannot hammer the provider.
      cooldownDuration: 30_000,
      cacheMaxAge: 10 * 60_000,
    });
  }
  return (await DevIssuer.open(settings)).keySet();
}
