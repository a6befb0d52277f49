import { Inject, Injectable } from '@nestjs/common';
import { createHash, randomBytes } from 'node:crypto';
import { DataSource } from 'typeorm';
import { SIGN_IN_SETTINGS, type SignInSettings, type UserKind } from '../config/sign-in.settings';

/** A sign-in under way: what the callback must find again to finish it (RFC 9700 §2.1: PKCE, state, nonce). */
export interface SignInAttempt {
  readonly provider: string;
  readonly state: string;
  readonly nonce: string;
  readonly codeVerifier: string;
  /** Where the browser goes after signing in: a path on our own origin. */
  readonly returnTo: string;
}

/** A signed-in browser, as the server holds it. Nothing of it but the cookie's random value reaches the browser. */
export interface WebSession {
  readonly provider: string;
  readonly userKind: UserKind;
  /** Our own id of the user (for staff: the practitioner id), never a claim that may be a national id. */
  readonly subject: string;
  /** Sent back in `X-CSRF-Token` on every write made with the session cookie. */
  readonly csrfToken: string;
  readonly expiresAt: Date;
}

/** A session ended here, still to be ended at its provider: the ID token for `id_token_hint`. */
export interface EndedSession {
  readonly provider: string;
  readonly idToken: string | undefined;
}

/** A sign-in attempt is good for ten minutes: long enough to type a password, short enough to die unused. */
const ATTEMPT_LIFETIME_MS = 10 * 60_000;
/** `last_seen_at` is written at most this often, so reading pages does not mean a write per request. */
const TOUCH_INTERVAL_MS = 60_000;

interface SessionRow {
  provider: string;
  user_kind: UserKind;
  subject: string;
  csrf_token: string;
  last_seen_at: Date;
  expires_at: Date;
}

/**
 * The web front's sessions and sign-ins under way, in PostgreSQL. The browser holds only a random
 * value; rows are keyed by its SHA-256, and every expired row is removed when a new one is written.
 */
@Injectable()
export class WebSessionStore {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
  ) {}

  /** Stores a new attempt and returns the value for the sign-in cookie. */
  async startSignIn(attempt: SignInAttempt, now: Date): Promise<string> {
    const value = randomValue();
    await this.dataSource.query(`DELETE FROM web_sign_in_attempts WHERE expires_at < $1`, [now]);
    await this.dataSource.query(
      `INSERT INTO web_sign_in_attempts (id_hash, provider, state, nonce, code_verifier, return_to, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [hashOf(value), attempt.provider, attempt.state, attempt.nonce, attempt.codeVerifier, attempt.returnTo, new Date(now.getTime() + ATTEMPT_LIFETIME_MS)],
    );
    return value;
  }

  /** The attempt behind a sign-in cookie, removed as it is read: a callback can be used once. */
  async takeSignIn(cookieValue: string | undefined, now: Date): Promise<SignInAttempt | undefined> {
    if (!isCookieValue(cookieValue)) return undefined;
    const [rows] = (await this.dataSource.query(
      `DELETE FROM web_sign_in_attempts WHERE id_hash = $1
       RETURNING provider, state, nonce, code_verifier, return_to, expires_at`,
      [hashOf(cookieValue)],
    )) as [Array<{ provider: string; state: string; nonce: string; code_verifier: string; return_to: string; expires_at: Date }>, number];
    const row = rows[0];
    if (!row || row.expires_at <= now) return undefined;
    return { provider: row.provider, state: row.state, nonce: row.nonce, codeVerifier: row.code_verifier, returnTo: row.return_to };
  }

  /** Opens a session for a signed-in user and returns the value for the session cookie. */
  async open(
    session: { provider: string; userKind: UserKind; subject: string; idToken: string | undefined },
    now: Date,
  ): Promise<{ cookieValue: string; session: WebSession }> {
    const value = randomValue();
    const csrfToken = randomValue();
    const expiresAt = new Date(now.getTime() + this.settings.absoluteTimeoutHours * 3_600_000);
    await this.dataSource.query(`DELETE FROM web_sessions WHERE expires_at < $1`, [now]);
    await this.dataSource.query(
      `INSERT INTO web_sessions (id_hash, provider, user_kind, subject, csrf_token, id_token, created_at, last_seen_at, expires_at)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $7, $8)`,
      [hashOf(value), session.provider, session.userKind, session.subject, csrfToken, session.idToken ?? null, now, expiresAt],
    );
    return { cookieValue: value, session: { ...session, csrfToken, expiresAt } };
  }

  /**
   * The live session behind a session cookie, or undefined when there is none, or it ran past its
   * absolute lifetime or sat idle too long. Keeps an active session alive.
   */
  async find(cookieValue: string | undefined, now: Date): Promise<WebSession | undefined> {
    if (!isCookieValue(cookieValue)) return undefined;
    const idHash = hashOf(cookieValue);
    const rows: SessionRow[] = await this.dataSource.query(
      `SELECT provider, user_kind, subject, csrf_token, last_seen_at, expires_at FROM web_sessions WHERE id_hash = $1 AND NOT ended`,
      [idHash],
    );
    const row = rows[0];
    if (!row) return undefined;
    const idleUntil = row.last_seen_at.getTime() + this.settings.idleTimeoutMinutes * 60_000;
    if (row.expires_at <= now || idleUntil <= now.getTime()) return undefined;
    if (now.getTime() - row.last_seen_at.getTime() >= TOUCH_INTERVAL_MS) {
      await this.dataSource.query(`UPDATE web_sessions SET last_seen_at = $2 WHERE id_hash = $1`, [idHash, now]);
    }
    return { provider: row.provider, userKind: row.user_kind, subject: row.subject, csrfToken: row.csrf_token, expiresAt: row.expires_at };
  }

  /**
   * Ends the session behind a cookie at once: no request is accepted with it from now on. The row
   * stays, marked ended, until {@link takeEnded} hands its ID token to the provider's sign-out (or it
   * expires), so that the token never has to pass through the browser's JavaScript.
   */
  async end(cookieValue: string | undefined): Promise<boolean> {
    if (!isCookieValue(cookieValue)) return false;
    const [, count] = (await this.dataSource.query(`UPDATE web_sessions SET ended = true WHERE id_hash = $1 AND NOT ended`, [hashOf(cookieValue)])) as [
      unknown,
      number,
    ];
    return count > 0;
  }

  /** Removes an ended session and returns what the provider's sign-out needs; undefined when there is none. */
  async takeEnded(cookieValue: string | undefined): Promise<EndedSession | undefined> {
    if (!isCookieValue(cookieValue)) return undefined;
    const [rows] = (await this.dataSource.query(`DELETE FROM web_sessions WHERE id_hash = $1 AND ended RETURNING provider, id_token`, [
      hashOf(cookieValue),
    ])) as [Array<{ provider: string; id_token: string | null }>, number];
    const row = rows[0];
    return row ? { provider: row.provider, idToken: row.id_token ?? undefined } : undefined;
  }
}

/** 256 random bits, URL- and cookie-safe. */
function randomValue(): string {
  return randomBytes(32).toString('base64url');
}

function hashOf(value: string): string {
  return createHash('sha256').update(value).digest('hex');
}

/** Anything else is not one of ours, and is not worth a database round trip. */
function isCookieValue(value: string | undefined): value is string {
  return value !== undefined && /^[A-Za-z0-9_-]{43}$/.test(value);
}
