import { parse } from 'cookie';
import type { SignInSettings } from '../config/sign-in.settings';

/**
 * The two cookies of the web front. Over https they carry the `__Host-` prefix, which the browser
 * accepts only with `Secure`, `Path=/` and no `Domain`: no subdomain can set or overwrite them.
 */
export interface SessionCookieNames {
  /** The signed-in session: HttpOnly, SameSite=Strict (the single-page app reads it only from its own origin). */
  readonly session: string;
  /**
   * The sign-in under way: SameSite=Lax, because the provider's redirect back to us is a
   * cross-site navigation and must carry it.
   */
  readonly signIn: string;
}

/** The options Express's `response.cookie()` takes that we use. */
export interface CookieOptions {
  readonly httpOnly: true;
  readonly secure: boolean;
  readonly sameSite: 'strict' | 'lax';
  readonly path: '/';
  readonly expires?: Date;
  readonly maxAge?: number;
}

export function sessionCookieNames(settings: Pick<SignInSettings, 'secureCookies'>): SessionCookieNames {
  const prefix = settings.secureCookies ? '__Host-' : '';
  return { session: `${prefix}stafett-session`, signIn: `${prefix}stafett-sign-in` };
}

export function sessionCookieOptions(settings: Pick<SignInSettings, 'secureCookies'>, expires: Date): CookieOptions {
  return { httpOnly: true, secure: settings.secureCookies, sameSite: 'strict', path: '/', expires };
}

export function signInCookieOptions(settings: Pick<SignInSettings, 'secureCookies'>): CookieOptions {
  return { httpOnly: true, secure: settings.secureCookies, sameSite: 'lax', path: '/', maxAge: 10 * 60_000 };
}

/** One cookie's value from a request's Cookie header; undefined when absent or unreadable. */
export function cookieFrom(header: string | string[] | undefined, name: string): string | undefined {
  if (typeof header !== 'string' || header.length > 8192) return undefined;
  try {
    return parse(header)[name];
  } catch {
    return undefined;
  }
}
