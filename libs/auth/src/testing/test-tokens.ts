import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SignJWT, calculateJwkThumbprint, importJWK, type CryptoKey, type JWK, type JWTPayload } from 'jose';

/** The development issuer's signing key, read from its key file, for forging test tokens. */
export async function devIssuerSigningKey(dataDir: string): Promise<{ privateKey: CryptoKey; kid: string }> {
  const jwk = JSON.parse(await readFile(join(dataDir, 'dev-issuer', 'private-key.jwk.json'), 'utf8')) as JWK;
  const { d: _private, ...publicJwk } = jwk;
  return { privateKey: (await importJWK(jwk, 'ES256')) as CryptoKey, kid: await calculateJwkThumbprint(publicJwk) };
}

export interface TestTokenOptions {
  readonly issuer: string;
  readonly audience: string;
  readonly subject: string;
  /** Seconds since the epoch; one hour from now when absent, no `exp` at all when null. */
  readonly expiresAt?: number | null;
  readonly kid?: string;
  readonly claims?: JWTPayload;
}

/** A token with exactly the claims a test asks for, good or bad. */
export async function signTestToken(privateKey: CryptoKey, options: TestTokenOptions): Promise<string> {
  const now = Math.floor(Date.now() / 1000);
  const jwt = new SignJWT(options.claims ?? {})
    .setProtectedHeader({ alg: 'ES256', ...(options.kid ? { kid: options.kid } : {}) })
    .setIssuer(options.issuer)
    .setAudience(options.audience)
    .setSubject(options.subject)
    .setIssuedAt(now);
  if (options.expiresAt !== null) jwt.setExpirationTime(options.expiresAt ?? now + 3600);
  return jwt.sign(privateKey);
}
