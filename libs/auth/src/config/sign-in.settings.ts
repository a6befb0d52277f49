import { AuthConfigurationError } from './auth.settings';

/**
 * The kinds of user a sign-in provider may sign in. Only staff today; the family's door (guardians
 * and the child through ID-porten) adds its kind here, and a session of one kind never reaches the
 * other kind's routes.
 */
export const USER_KINDS = ['staff'] as const;
export type UserKind = (typeof USER_KINDS)[number];

/** One OpenID Connect provider the web front signs users in with (authorization code + PKCE). */
export interface SignInProviderSettings {
  /** Our name for it, in URLs (`/auth/login?provider=`, `/auth/callback/<id>`) and sessions. */
  readonly id: string;
  readonly userKind: UserKind;
  /** The button text on the sign-in page, in Norwegian. */
  readonly label: string;
  /** The provider's issuer identifier; its discovery document is `<issuer>/.well-known/openid-configuration`. */
  readonly issuer: URL;
  readonly clientId: string;
  readonly clientSecret: string;
  /** Must be registered with the provider exactly; always `<public origin>/auth/callback/<id>`. */
  readonly redirectUri: URL;
  /** The ID token claim that identifies the user to the practitioner directory. */
  readonly subjectClaim: string;
  readonly scopes: string;
  /** The built-in development provider of this very process (apps/api/src/dev-oidc-provider). */
  readonly builtIn: boolean;
}

export interface SignInSettings {
  readonly mode: 'production' | 'development';
  /** The origin the browser reaches the service at; redirects after sign-in and sign-out stay on it. */
  readonly publicOrigin: string;
  /** Cookies get `Secure` and the `__Host-` prefix when the service is served over https. */
  readonly secureCookies: boolean;
  readonly providers: readonly SignInProviderSettings[];
  /** A session ends after this long without a request... */
  readonly idleTimeoutMinutes: number;
  /** ...and at the latest this long after sign-in, whatever the activity. */
  readonly absoluteTimeoutHours: number;
}

/** The id of the built-in development provider. */
export const DEV_SIGN_IN_PROVIDER = 'dev';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the web front's sign-in configuration. With no `SIGN_IN_PROVIDERS` outside production, the
 * built-in development provider at `<PUBLIC_URL>/oidc` signs in the demo users. In production every
 * listed provider must be complete and on https; a missing value stops the start.
 */
export function signInSettingsFromEnv(env: Env): SignInSettings {
  const mode = env.NODE_ENV === 'production' ? 'production' : 'development';
  const ids = (blank(env.SIGN_IN_PROVIDERS) ?? '')
    .split(',')
    .map((id) => id.trim())
    .filter(Boolean);
  const timeouts = {
    idleTimeoutMinutes: positiveInteger(env, 'SESSION_IDLE_MINUTES', 60),
    absoluteTimeoutHours: positiveInteger(env, 'SESSION_MAX_HOURS', 10),
  };

  if (ids.length === 0) {
    if (mode === 'production') {
      throw new AuthConfigurationError(
        'NODE_ENV=production requires SIGN_IN_PROVIDERS (e.g. "entra") and for each provider SIGN_IN_<ID>_ISSUER, ' +
          '_CLIENT_ID, _CLIENT_SECRET and _REDIRECT_URI: the development sign-in does not exist in production.',
      );
    }
    const origin = originOf('PUBLIC_URL', blank(env.PUBLIC_URL) ?? `http://localhost:${blank(env.PORT) ?? '3000'}`);
    return {
      mode,
      publicOrigin: origin,
      secureCookies: origin.startsWith('https:'),
      ...timeouts,
      providers: [
        {
          id: DEV_SIGN_IN_PROVIDER,
          userKind: 'staff',
          label: 'Logg inn',
          issuer: new URL(`${origin}/oidc`),
          clientId: 'stafett-web',
          // The provider and its client live in one process: a fresh secret each start is enough.
          clientSecret: crypto.randomUUID(),
          redirectUri: new URL(`${origin}/auth/callback/${DEV_SIGN_IN_PROVIDER}`),
          subjectClaim: 'sub',
          scopes: 'openid profile',
          builtIn: true,
        },
      ],
    };
  }

  if (new Set(ids).size !== ids.length) throw new AuthConfigurationError('SIGN_IN_PROVIDERS names a provider twice');
  const providers = ids.map((id) => providerFromEnv(env, id, mode));
  const origins = new Set(providers.map((provider) => provider.redirectUri.origin));
  if (origins.size > 1) {
    throw new AuthConfigurationError(`Every SIGN_IN_<ID>_REDIRECT_URI must be on one origin (the service's), got ${[...origins].join(', ')}`);
  }
  const [publicOrigin] = [...origins] as [string];
  return { mode, publicOrigin, secureCookies: publicOrigin.startsWith('https:'), ...timeouts, providers };
}

function providerFromEnv(env: Env, id: string, mode: SignInSettings['mode']): SignInProviderSettings {
  if (!/^[a-z][a-z0-9-]{0,30}$/.test(id) || id === DEV_SIGN_IN_PROVIDER) {
    throw new AuthConfigurationError(`SIGN_IN_PROVIDERS: '${id}' must be lower-case letters, digits and dashes (and not '${DEV_SIGN_IN_PROVIDER}')`);
  }
  const prefix = `SIGN_IN_${id.toUpperCase().replace(/-/g, '_')}_`;
  const value = (name: string) => blank(env[`${prefix}${name}`]);
  const missing = ['ISSUER', 'CLIENT_ID', 'CLIENT_SECRET', 'REDIRECT_URI'].filter((name) => value(name) === undefined);
  if (missing.length > 0) {
    throw new AuthConfigurationError(`Sign-in provider '${id}' is incomplete: set ${missing.map((name) => prefix + name).join(', ')}`);
  }
  const issuer = url(`${prefix}ISSUER`, value('ISSUER')!);
  const redirectUri = url(`${prefix}REDIRECT_URI`, value('REDIRECT_URI')!);
  if (mode === 'production') {
    // Codes, tokens and the session cookie would cross the network in clear.
    for (const [name, address] of [[`${prefix}ISSUER`, issuer], [`${prefix}REDIRECT_URI`, redirectUri]] as const) {
      if (address.protocol !== 'https:') throw new AuthConfigurationError(`${name} must use https in production`);
    }
  }
  if (redirectUri.pathname !== `/auth/callback/${id}` || redirectUri.search !== '') {
    throw new AuthConfigurationError(`${prefix}REDIRECT_URI must be <origin>/auth/callback/${id}`);
  }
  const userKind = value('USER_KIND') ?? 'staff';
  if (!(USER_KINDS as readonly string[]).includes(userKind)) {
    throw new AuthConfigurationError(`${prefix}USER_KIND must be one of ${USER_KINDS.join(', ')} (guardians come with the family's door)`);
  }
  return {
    id,
    userKind: userKind as UserKind,
    label: value('LABEL') ?? 'Logg inn',
    issuer,
    clientId: value('CLIENT_ID')!,
    clientSecret: value('CLIENT_SECRET')!,
    redirectUri,
    subjectClaim: value('SUBJECT_CLAIM') ?? blank(env.OIDC_PRACTITIONER_CLAIM) ?? 'sub',
    scopes: value('SCOPES') ?? 'openid profile',
    builtIn: false,
  };
}

function originOf(name: string, value: string): string {
  const parsed = url(name, value);
  if (parsed.pathname !== '/' || parsed.search !== '') throw new AuthConfigurationError(`${name} must be an origin like http://localhost:3000`);
  return parsed.origin;
}

function url(name: string, value: string): URL {
  try {
    return new URL(value);
  } catch {
    throw new AuthConfigurationError(`${name} is not a valid URL`);
  }
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const raw = blank(env[name]);
  if (raw === undefined) return fallback;
  if (!/^[1-9]\d{0,4}$/.test(raw)) throw new AuthConfigurationError(`${name} must be a whole number above 0, got '${raw}'`);
  return Number(raw);
}

function blank(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}

/** Nest injection token for the {@link SignInSettings}. */
export const SIGN_IN_SETTINGS = Symbol('SIGN_IN_SETTINGS');
