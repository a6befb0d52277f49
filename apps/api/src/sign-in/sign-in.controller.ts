import { Controller, Get, HttpCode, Inject, Logger, Param, Post, Query, Req, Res } from '@nestjs/common';
import { ApiFoundResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as oidc from 'openid-client';
import {
  AUTH_CLOCK,
  PRACTITIONER_DIRECTORY,
  Public,
  SIGN_IN_SETTINGS,
  WebSessionStore,
  assertSameOriginWrite,
  cookieFrom,
  sessionCookieNames,
  sessionCookieOptions,
  signInCookieOptions,
  type AuthClock,
  type PractitionerDirectory,
  type SignInProviderSettings,
  type SignInSettings,
} from '@stafett/auth';
import { OidcClients } from './oidc-clients';
import { safeReturnTo } from './return-to';
import { SessionView, SignInQueryDto, SignOutView } from './sign-in.dto';

/** What the browser's request looks like to these handlers (Express underneath). */
interface BrowserRequest extends IncomingMessage {
  readonly originalUrl?: string;
}

/** Express's response, as far as these handlers use it. */
interface BrowserResponse extends ServerResponse {
  cookie(name: string, value: string, options: object): this;
  clearCookie(name: string, options: object): this;
  redirect(status: number, url: string): void;
}

/** Why a sign-in did not finish, as the sign-in page (`/logg-inn?feil=`) explains it in Norwegian. */
type SignInFailure = 'utlopt' | 'avbrutt' | 'ingen-tilgang' | 'utilgjengelig' | 'feilet';

/**
 * The web front's sign-in, a backend-for-frontend: authorization code with PKCE against the
 * provider, the session held here (PostgreSQL) behind an HttpOnly cookie. Tokens never reach the
 * browser: the ID token is kept only for ending the provider's session at sign-out.
 */
@ApiTags('sign-in')
@Controller('auth')
@Public()
export class SignInController {
  private readonly logger = new Logger(SignInController.name);
  private readonly cookies: ReturnType<typeof sessionCookieNames>;

  constructor(
    @Inject(SIGN_IN_SETTINGS) private readonly settings: SignInSettings,
    private readonly clients: OidcClients,
    private readonly sessions: WebSessionStore,
    @Inject(PRACTITIONER_DIRECTORY) private readonly directory: PractitionerDirectory,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
  ) {
    this.cookies = sessionCookieNames(settings);
  }

  @Get('login')
  @ApiOperation({ summary: 'Starts signing in: redirects the browser to the provider (authorization code with PKCE).' })
  @ApiFoundResponse({ description: "To the provider's authorization endpoint, or to /logg-inn?feil=... when it cannot be reached." })
  async login(@Query() query: SignInQueryDto, @Res() response: BrowserResponse): Promise<void> {
    const provider = this.clients.provider(query.provider);
    if (!provider) return this.fail(response, 'feilet', 'unknown provider');
    let configuration: oidc.Configuration;
    try {
      configuration = await this.clients.configuration(provider);
    } catch (error) {
      return this.fail(response, 'utilgjengelig', `discovery failed: ${errorName(error)}`);
    }
    const codeVerifier = oidc.randomPKCECodeVerifier();
    const attempt = { provider: provider.id, state: oidc.randomState(), nonce: oidc.randomNonce(), codeVerifier, returnTo: safeReturnTo(query.returnTo) };
    const cookieValue = await this.sessions.startSignIn(attempt, this.clock.now());
    const authorizationUrl = oidc.buildAuthorizationUrl(configuration, {
      redirect_uri: provider.redirectUri.href,
      scope: provider.scopes,
      code_challenge: await oidc.calculatePKCECodeChallenge(codeVerifier),
      code_challenge_method: 'S256',
      state: attempt.state,
      nonce: attempt.nonce,
      // The development provider always shows its list of demo users, so that switching user is one click.
      ...(provider.builtIn ? { prompt: 'login' } : {}),
    });
    response.cookie(this.cookies.signIn, cookieValue, signInCookieOptions(this.settings));
    response.redirect(302, authorizationUrl.href);
  }

  @Get('callback/:provider')
  @ApiOperation({ summary: "The provider's redirect back: checks state, PKCE and the ID token, opens the session." })
  @ApiFoundResponse({ description: 'To the page the sign-in started from, or to /logg-inn?feil=... when it failed.' })
  async callback(@Param('provider') providerId: string, @Req() request: BrowserRequest, @Res() response: BrowserResponse): Promise<void> {
    const now = this.clock.now();
    const attempt = await this.sessions.takeSignIn(cookieFrom(request.headers.cookie, this.cookies.signIn), now);
    response.clearCookie(this.cookies.signIn, signInCookieOptions(this.settings));
    const provider = this.clients.provider(providerId);
    // The attempt names its provider: a code arriving at another provider's callback is a mix-up.
    if (!attempt || !provider || attempt.provider !== provider.id) return this.fail(response, 'utlopt', 'no matching sign-in attempt');

    let claims: oidc.IDToken | undefined;
    let idToken: string | undefined;
    try {
      const configuration = await this.clients.configuration(provider);
      const tokens = await oidc.authorizationCodeGrant(configuration, callbackUrl(provider, request), {
        pkceCodeVerifier: attempt.codeVerifier,
        expectedState: attempt.state,
        expectedNonce: attempt.nonce,
        idTokenExpected: true,
      });
      claims = tokens.claims();
      idToken = tokens.id_token;
    } catch (error) {
      if (error instanceof oidc.AuthorizationResponseError) return this.fail(response, 'avbrutt', `provider answered ${error.error}`);
      const unreachable = error instanceof TypeError || (error as { name?: string }).name === 'TimeoutError';
      return this.fail(response, unreachable ? 'utilgjengelig' : 'feilet', `code exchange failed: ${errorName(error)}`);
    }

    const subject = claims?.[provider.subjectClaim];
    const practitioner = typeof subject === 'string' && subject.length <= 256 ? await this.directory.findPractitioner(subject, now) : undefined;
    if (!practitioner?.active) return this.fail(response, 'ingen-tilgang', practitioner ? 'practitioner inactive' : 'practitioner unknown');

    const { cookieValue, session } = await this.sessions.open(
      { provider: provider.id, userKind: provider.userKind, subject: practitioner.practitionerId, idToken },
      now,
    );
    response.cookie(this.cookies.session, cookieValue, sessionCookieOptions(this.settings, session.expiresAt));
    response.redirect(302, attempt.returnTo);
  }

  @Get('session')
  @ApiOperation({ summary: "The browser's session: whether it is signed in, and the token its writes must carry in X-CSRF-Token." })
  @ApiOkResponse({ type: SessionView })
  async session(@Req() request: BrowserRequest, @Res({ passthrough: true }) response: BrowserResponse): Promise<SessionView> {
    // Never cached: the CSRF token and the signed-in state are this browser's alone.
    response.setHeader('Cache-Control', 'no-store');
    const providers = this.settings.providers.map(({ id, label }) => ({ id, label }));
    const session = await this.sessions.find(cookieFrom(request.headers.cookie, this.cookies.session), this.clock.now());
    if (!session) return { signedIn: false, providers };
    return { signedIn: true, providers, userKind: session.userKind, expiresAt: session.expiresAt.toISOString(), csrfToken: session.csrfToken };
  }

  @Post('logout')
  @HttpCode(200)
  @ApiOperation({ summary: 'Signs out: ends the session at once, and answers where the browser goes to end it at the provider too.' })
  @ApiOkResponse({ type: SignOutView })
  async logout(@Req() request: BrowserRequest): Promise<SignOutView> {
    const cookieValue = cookieFrom(request.headers.cookie, this.cookies.session);
    const session = await this.sessions.find(cookieValue, this.clock.now());
    // Without a live session there is nothing to end; with one, only our own page may end it.
    if (!session) return { redirectTo: '/logget-ut' };
    assertSameOriginWrite(request.method, request.headers, session.csrfToken);
    await this.sessions.end(cookieValue);
    return { redirectTo: '/auth/logout/provider' };
  }

  @Get('logout/provider')
  @ApiOperation({ summary: "Second step of signing out, as a navigation: to the provider's end-session endpoint with the ID token as hint." })
  @ApiFoundResponse({ description: "To the provider's end-session endpoint, or to /logget-ut when there is nothing to end there." })
  async logoutAtProvider(@Req() request: BrowserRequest, @Res() response: BrowserResponse): Promise<void> {
    // The ID token goes from the server to the provider in a redirect, never through the browser's JavaScript.
    const ended = await this.sessions.takeEnded(cookieFrom(request.headers.cookie, this.cookies.session));
    response.clearCookie(this.cookies.session, sessionCookieOptions(this.settings, new Date(0)));
    const signedOutPage = `${this.settings.publicOrigin}/logget-ut`;
    const provider = ended && this.clients.provider(ended.provider);
    if (!provider) return response.redirect(302, signedOutPage);
    try {
      const configuration = await this.clients.configuration(provider);
      if (!configuration.serverMetadata().end_session_endpoint) return response.redirect(302, signedOutPage);
      const parameters: Record<string, string> = { post_logout_redirect_uri: signedOutPage, client_id: provider.clientId };
      if (ended.idToken) parameters.id_token_hint = ended.idToken;
      response.redirect(302, oidc.buildEndSessionUrl(configuration, parameters).href);
    } catch (error) {
      this.logger.warn(`sign-out at the provider skipped: ${errorName(error)}`);
      response.redirect(302, signedOutPage);
    }
  }

  private fail(response: BrowserResponse, failure: SignInFailure, reason: string): void {
    // The reason names the failed step, never a claim value or token.
    this.logger.warn(`sign-in not completed (${failure}): ${reason}`);
    response.redirect(302, `/logg-inn?feil=${failure}`);
  }
}

/** The callback's own address as registered with the provider, with the query the provider sent. */
function callbackUrl(provider: SignInProviderSettings, request: BrowserRequest): URL {
  const url = new URL(provider.redirectUri);
  url.search = new URL(request.originalUrl ?? request.url ?? '/', 'http://callback.invalid').search;
  return url;
}

function errorName(error: unknown): string {
  if (error && typeof error === 'object') {
    const { name, code } = error as { name?: unknown; code?: unknown };
    return [name, code].filter((part) => typeof part === 'string').join(' ') || 'unknown error';
  }
  return typeof error;
}
