import { jwtVerify } from 'jose';
import { mkdtemp, readdir, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEV_ISSUER, authSettingsFromEnv } from '../config/auth.settings';
import { DevIssuer } from './dev-issuer';

describe('DevIssuer', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-dev-issuer-'));
  });
  afterEach(async () => {
    await rm(dataDir, { recursive: true, force: true });
  });

  describe('when in production mode', () => {
    it('refuses to exist and leaves no key behind', async () => {
      const settings = { ...authSettingsFromEnv({ DATA_DIR: dataDir }), mode: 'production' as const };
      await expect(DevIssuer.open(settings)).rejects.toThrow(/does not exist in production/);
      expect(await readdir(dataDir)).toEqual([]);
    });
  });

  describe('when in development mode', () => {
    const settings = () => authSettingsFromEnv({ DATA_DIR: dataDir });

    it('keeps its private key readable by the owner only', async () => {
      await DevIssuer.open(settings());
      const file = await stat(join(dataDir, 'dev-issuer', 'private-key.jwk.json'));
      expect(file.mode & 0o777).toBe(0o600);
    });

    it('mints tokens that a later start (or the CLI) still verifies', async () => {
      const token = await (await DevIssuer.open(settings())).mintDevToken('p-leader', { expiresIn: '5m' });
      const later = await DevIssuer.open(settings());
      const { payload, protectedHeader } = await jwtVerify(token, later.keySet(), { issuer: DEV_ISSUER, audience: 'stafett-api' });
      expect(payload.sub).toBe('p-leader');
      expect(protectedHeader.alg).toBe('ES256');
      expect(payload.exp! - payload.iat!).toBe(300);
    });

    it('agrees on one key when several processes start at once', async () => {
      const issuers = await Promise.all([1, 2, 3, 4].map(() => DevIssuer.open(settings())));
      const token = await issuers[0]!.mintDevToken('p-leader');
      for (const issuer of issuers) await expect(jwtVerify(token, issuer.keySet())).resolves.toBeDefined();
      expect((await readdir(join(dataDir, 'dev-issuer'))).filter((name) => name.endsWith('.tmp'))).toEqual([]);
    });

    it('puts the practitioner id in the configured claim', async () => {
      const issuer = await DevIssuer.open(authSettingsFromEnv({ DATA_DIR: dataDir, OIDC_PRACTITIONER_CLAIM: 'ansattnummer' }));
      const { payload } = await jwtVerify(await issuer.mintDevToken('p-7'), issuer.keySet());
      expect(payload).toMatchObject({ ansattnummer: 'p-7', sub: 'p-7' });
    });
  });
});
