import { AuthConfigurationError, DEV_ISSUER, authSettingsFromEnv } from './auth.settings';

const PROVIDER = { OIDC_JWKS_URL: 'https://idp.example.no/jwks', OIDC_ISSUER: 'https://idp.example.no/' };

describe('authSettingsFromEnv', () => {
  describe('when NODE_ENV is production', () => {
    it.each([
      [{}, /OIDC_JWKS_URL and OIDC_ISSUER/],
      [{ OIDC_ISSUER: PROVIDER.OIDC_ISSUER }, /requires OIDC_JWKS_URL/],
      [{ OIDC_JWKS_URL: PROVIDER.OIDC_JWKS_URL, OIDC_ISSUER: ' ' }, /requires OIDC_ISSUER/],
      [{ ...PROVIDER, OIDC_JWKS_URL: 'http://idp.example.no/jwks' }, /https/],
      [{ ...PROVIDER, OIDC_ISSUER: DEV_ISSUER }, /development issuer/],
      [{ ...PROVIDER, OIDC_JWKS_URL: 'not a url' }, /not a valid URL/],
    ])('refuses %j', (env, message) => {
      expect(() => authSettingsFromEnv({ NODE_ENV: 'production', ...env })).toThrow(AuthConfigurationError);
      expect(() => authSettingsFromEnv({ NODE_ENV: 'production', ...env })).toThrow(message);
    });

    it('uses the provider, with defaults for audience, claim and data directory', () => {
      expect(authSettingsFromEnv({ NODE_ENV: 'production', ...PROVIDER })).toEqual({
        mode: 'production',
        jwksUrl: new URL(PROVIDER.OIDC_JWKS_URL),
        issuer: PROVIDER.OIDC_ISSUER,
        audience: 'stafett-api',
        practitionerClaim: 'sub',
        dataDir: './data',
        clockToleranceSeconds: 30,
      });
    });

    it('takes audience and practitioner claim from the environment', () => {
      const settings = authSettingsFromEnv({
        NODE_ENV: 'production',
        ...PROVIDER,
        OIDC_AUDIENCE: 'stafett-tromso',
        OIDC_PRACTITIONER_CLAIM: 'pid',
      });
      expect(settings).toMatchObject({ audience: 'stafett-tromso', practitionerClaim: 'pid' });
    });
  });

  describe('when NODE_ENV is anything else', () => {
    it('uses the development issuer without provider settings', () => {
      expect(authSettingsFromEnv({ DATA_DIR: '/tmp/x' })).toMatchObject({
        mode: 'development',
        jwksUrl: undefined,
        issuer: DEV_ISSUER,
        dataDir: '/tmp/x',
      });
    });

    it('uses a provider when both URL and issuer are given, plain http allowed', () => {
      const settings = authSettingsFromEnv({ NODE_ENV: 'test', OIDC_JWKS_URL: 'http://localhost:8080/jwks', OIDC_ISSUER: 'x' });
      expect(settings).toMatchObject({ mode: 'development', issuer: 'x', jwksUrl: new URL('http://localhost:8080/jwks') });
    });

    it('refuses half a provider configuration', () => {
      expect(() => authSettingsFromEnv({ OIDC_ISSUER: 'x' })).toThrow(/both OIDC_JWKS_URL and OIDC_ISSUER/);
    });
  });
});
