import { randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  SignJWT,
  calculateJwkThumbprint,
  createLocalJWKSet,
  exportJWK,
  generateKeyPair,
  importJWK,
  type CryptoKey,
  type JWK,
  type JWTVerifyGetKey,
} from 'jose';
import { AuthConfigurationError, DEV_ISSUER, type AuthSettings } from '../config/auth.settings';

const ALGORITHM = 'ES256';
const KEY_FILE = 'private-key.jwk.json';

type DevIssuerSettings = Pick<AuthSettings, 'mode' | 'dataDir' | 'audience' | 'practitionerClaim'>;

export interface MintDevTokenOptions {
  /** jose time span ('1h', '30m') or seconds; defaults to one hour. */
  readonly expiresIn?: string | number;
  /** Defaults to the configured audience. */
  readonly audience?: string;
}

/**
 * The built-in token issuer for development and demos: one ES256 key pair, generated on first use
 * and kept under `<DATA_DIR>/dev-issuer/` so that the API and `npm run cli -- token <user>` agree.
 *
 * It must not exist in production: anyone who can read DATA_DIR could then mint tokens for anyone.
 * Both {@link DevIssuer.open} and the constructor refuse in production mode.
 */
export class DevIssuer {
  readonly issuer = DEV_ISSUER;

  private constructor(
    private readonly settings: DevIssuerSettings,
    private readonly privateKey: CryptoKey,
    private readonly publicJwk: JWK,
  ) {
    assertNotProduction(settings);
  }

  /** Loads the key pair from DATA_DIR, generating it the first time. */
  static async open(settings: DevIssuerSettings): Promise<DevIssuer> {
    assertNotProduction(settings);
    const dir = join(settings.dataDir, 'dev-issuer');
    await mkdir(dir, { recursive: true, mode: 0o700 });
    const privateJwk = (await readKey(join(dir, KEY_FILE))) ?? (await createKey(dir));
    const { d: _private, ...publicJwk } = privateJwk;
    const kid = await calculateJwkThumbprint(publicJwk);
    const privateKey = (await importJWK(privateJwk, ALGORITHM)) as CryptoKey;
    return new DevIssuer(settings, privateKey, { ...publicJwk, kid, alg: ALGORITHM, use: 'sig' });
  }

  /** The key resolver the token verifier uses instead of a remote JWKS. */
  keySet(): JWTVerifyGetKey {
    return createLocalJWKSet({ keys: [this.publicJwk] });
  }

  /** A signed access token for a demo practitioner. */
  async mintDevToken(practitionerId: string, options: MintDevTokenOptions = {}): Promise<string> {
    const claim = this.settings.practitionerClaim;
    return new SignJWT(claim === 'sub' ? {} : { [claim]: practitionerId })
      .setProtectedHeader({ alg: ALGORITHM, kid: this.publicJwk.kid, typ: 'JWT' })
      .setIssuer(this.issuer)
      .setAudience(options.audience ?? this.settings.audience)
      .setSubject(practitionerId)
      .setIssuedAt()
      .setJti(randomUUID())
      .setExpirationTime(options.expiresIn ?? '1h')
      .sign(this.privateKey);
  }
}

function assertNotProduction(settings: Pick<AuthSettings, 'mode'>): void {
  if (settings.mode === 'production') {
    throw new AuthConfigurationError('The development token issuer does not exist in production.');
  }
}

async function readKey(path: string): Promise<JWK | undefined> {
  try {
    const jwk = JSON.parse(await readFile(path, 'utf8')) as JWK;
    // Repair a key file whose mode was loosened (e.g. by a copy): it can sign tokens for anyone.
    await chmod(path, 0o600);
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/**
 * Generates a key and publishes it atomically: written to a private temporary file, then hard-linked
 * into place, which fails if another process (the API and the CLI starting together) won the race.
 * The loser then uses the winner's key, so both keep agreeing.
 */
async function createKey(dir: string): Promise<JWK> {
  const { privateKey } = await generateKeyPair(ALGORITHM, { extractable: true });
  const jwk = await exportJWK(privateKey);
  const path = join(dir, KEY_FILE);
  const temporary = join(dir, `${KEY_FILE}.${randomUUID()}.tmp`);
  await writeFile(temporary, JSON.stringify(jwk), { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, path);
    return jwk;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    return (await readKey(path))!;
  } finally {
    await unlink(temporary);
  }
}
