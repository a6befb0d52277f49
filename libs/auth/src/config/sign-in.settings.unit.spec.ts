import { AuthConfigurationError } from './auth.settings';
import { signInSettingsFromEnv } from './sign-in.settings';
import { sessionCookieNames } from '../sessions/session-cookies';

const ENTRA = {
  SIGN_IN_PROVIDERS: 'entra',
  SIGN_IN_ENTRA_ISSUER: 'https://login.microsoftonline.com/tenant/v2.0',
  SIGN_IN_ENTRA_CLIENT_ID: 'stafett-web',
  SIGN_IN_ENTRA_CLIENT_SECRET: 'secret',
  SIGN_IN_ENTRA_REDIRECT_URI: 'https://stafett.skaun.kommune.no/auth/callback/entra',
};

describe('signInSettingsFromEnv', () => {
  describe('when NODE_ENV is production', () => {
    it.each([
      [{}, /requires SIGN_IN_PROVIDERS/],
      [{ ...ENTRA, SIGN_IN_ENTRA_CLIENT_SECRET: ' ' }, /incomplete: set SIGN_IN_ENTRA_CLIENT_SECRET/],
      [{ ...ENTRA, SIGN_IN_ENTRA_ISSUER: undefined, SIGN_IN_ENTRA_REDIRECT_URI: undefined }, /SIGN_IN_ENTRA_ISSUER, SIGN_IN_ENTRA_REDIRECT_URI/],
      [{ ...ENTRA, SIGN_IN_ENTRA_ISSUER: 'http://idp.example.no' }, /ISSUER must use https/],
      [{ ...ENTRA, SIGN_IN_ENTRA_REDIRECT_URI: 'http://stafett.example.no/auth/callback/entra' }, /REDIRECT_URI must use https/],
      [{ ...ENTRA, SIGN_IN_ENTRA_REDIRECT_URI: 'https://stafett.example.no/callback' }, /must be <origin>\/auth\/callback\/entra/],
      [{ ...ENTRA, SIGN_IN_ENTRA_USER_KIND: 'guardian' }, /USER_KIND must be one of staff/],
      [{ ...ENTRA, SIGN_IN_PROVIDERS: 'dev' }, /must be lower-case/],
      [{ ...ENTRA, SIGN_IN_PROVIDERS: 'entra,entra' }, /names a provider twice/],
    ])('refuses %j', (env, message) => {
      expect(() => signInSettingsFromEnv({ NODE_ENV: 'production', ...env })).toThrow(AuthConfigurationError);
      expect(() => signInSettingsFromEnv({ NODE_ENV: 'production', ...env })).toThrow(message);
    });

    it('uses the configured provider, with __Host- cookies over https', () => {
      const settings = signInSettingsFromEnv({ NODE_ENV: 'production', ...ENTRA, OIDC_PRACTITIONER_CLAIM: 'oid' });
      expect(settings).toMatchObject({ mode: 'production', publicOrigin: 'https://stafett.skaun.kommune.no', secureCookies: true, idleTimeoutMinutes: 60, absoluteTimeoutHours: 10 });
      expect(settings.providers).toEqual([
        expect.objectContaining({ id: 'entra', userKind: 'staff', clientId: 'stafett-web', subjectClaim: 'oid', scopes: 'openid profile', builtIn: false }),
      ]);
      expect(sessionCookieNames(settings)).toEqual({ session: '__Host-stafett-session', signIn: '__Host-stafett-sign-in' });
    });

    it('takes several providers, all on one origin', () => {
      const feide = {
        SIGN_IN_FEIDE_ISSUER: 'https://auth.dataporten.no',
        SIGN_IN_FEIDE_CLIENT_ID: 'f',
        SIGN_IN_FEIDE_CLIENT_SECRET: 's',
        SIGN_IN_FEIDE_REDIRECT_URI: 'https://stafett.skaun.kommune.no/auth/callback/feide',
        SIGN_IN_FEIDE_LABEL: 'Logg inn med Feide',
      };
      const settings = signInSettingsFromEnv({ NODE_ENV: 'production', ...ENTRA, ...feide, SIGN_IN_PROVIDERS: 'entra, feide' });
      expect(settings.providers.map((p) => [p.id, p.label])).toEqual([['entra', 'Logg inn'], ['feide', 'Logg inn med Feide']]);
      expect(() =>
        signInSettingsFromEnv({ NODE_ENV: 'production', ...ENTRA, ...feide, SIGN_IN_PROVIDERS: 'entra,feide', SIGN_IN_FEIDE_REDIRECT_URI: 'https://other.example.no/auth/callback/feide' }),
      ).toThrow(/one origin/);
    });
  });

  describe('in development without providers', () => {
    it('uses the built-in provider on the API itself, with plain cookie names over http', () => {
      const settings = signInSettingsFromEnv({ PORT: '3914' });
      expect(settings.publicOrigin).toBe('http://localhost:3914');
      expect(settings.secureCookies).toBe(false);
      expect(settings.providers).toEqual([
        expect.objectContaining({ id: 'dev', builtIn: true, issuer: new URL('http://localhost:3914/oidc'), redirectUri: new URL('http://localhost:3914/auth/callback/dev') }),
      ]);
      expect(sessionCookieNames(settings).session).toBe('stafett-session');
    });

    it('follows PUBLIC_URL, and refuses one with a path', () => {
      expect(signInSettingsFromEnv({ PUBLIC_URL: 'https://stafett.test' }).secureCookies).toBe(true);
      expect(() => signInSettingsFromEnv({ PUBLIC_URL: 'http://localhost:3000/stafett' })).toThrow(/must be an origin/);
      expect(() => signInSettingsFromEnv({ SESSION_IDLE_MINUTES: '0' })).toThrow(/above 0/);
    });
  });
});
