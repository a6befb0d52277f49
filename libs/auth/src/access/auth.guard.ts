import { Inject, Injectable, Logger, Optional, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import type { IncomingHttpHeaders, ServerResponse } from 'node:http';
import { AUTH_CLOCK, type AuthClock } from '../principal/auth.clock';
import type { RequestWithPrincipal } from '../principal/current-principal.decorator';
import { PRACTITIONER_DIRECTORY, type PractitionerDirectory } from '../principal/practitioner-directory.port';
import type { Principal } from '@stafett/kernel';
import { isRole } from '@stafett/kernel';
import { ForbiddenProblem, UnauthenticatedProblem } from '../problems/auth.problems';
import { ProblemException } from '@stafett/platform';
import { bearerTokenFrom } from '../tokens/bearer-token';
import { TokenVerifier } from '../tokens/token-verifier.service';
import { SIGN_IN_SETTINGS, type SignInSettings } from '../config/sign-in.settings';
import { assertSameOriginWrite } from '../sessions/csrf';
import { cookieFrom, sessionCookieNames } from '../sessions/session-cookies';
import { WebSessionStore } from '../sessions/web-session.store';
import { accessRuleFor } from './access-rule';
import { MunicipalityAccess } from './municipality-access.service';

interface AuthRequest extends RequestWithPrincipal {
  method?: string;
  headers: IncomingHttpHeaders;
  params?: Record<string, string | undefined>;
}

/**
 * The global guard, default deny: a route runs only if it is `@Public()` or the caller has one of
 * its `@Roles(...)` (and, with `@ActsForMunicipality`, serves that municipality today).
 *
 * Authentication comes before the configuration check, so a route without a token always answers
 * 401, whatever its decorators; only an authenticated caller learns that a route is refused.
 *
 * A caller authenticates with a bearer token (API clients, the CLI's development tokens) or, without
 * one, with the web front's session cookie; a write made with the cookie must also prove that our
 * own page sent it (see {@link assertSameOriginWrite}).
 */
@Injectable()
export class AuthGuard implements CanActivate {
  private readonly logger = new Logger(AuthGuard.name);

  constructor(
    private readonly reflector: Reflector,
    private readonly verifier: TokenVerifier,
    @Inject(PRACTITIONER_DIRECTORY) private readonly directory: PractitionerDirectory,
    private readonly municipalities: MunicipalityAccess,
    @Inject(AUTH_CLOCK) private readonly clock: AuthClock,
    // Absent where the app has no web front (AuthModule.forRoot without `signIn`): bearer tokens only.
    @Optional() private readonly sessions?: WebSessionStore,
    @Optional() @Inject(SIGN_IN_SETTINGS) private readonly signIn?: SignInSettings,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    const route = `${context.getClass().name}.${context.getHandler().name}`;
    if (context.getType() !== 'http') {
      this.logger.warn(`Refused ${route}: the AuthGuard only knows HTTP requests`);
      throw new ForbiddenProblem('not an HTTP request');
    }
    const rule = accessRuleFor(this.reflector, context.getHandler(), context.getClass());
    if (rule.kind === 'public') return true;
    if (rule.kind === 'misconfigured') {
      this.logger.warn(`Refused route ${route}: it ${rule.why}. Declare who may call it.`);
    }

    const request = context.switchToHttp().getRequest<AuthRequest>();
    const now = this.clock.now();
    try {
      const principal = await this.authenticate(request, now);
      if (rule.kind === 'misconfigured') throw new ForbiddenProblem('route states no access rule');
      if (!rule.roles.some((role) => principal.roles.includes(role))) {
        throw new ForbiddenProblem('role not allowed on route');
      }
      if (rule.municipalityParam !== undefined) {
        const kommunenummer = request.params?.[rule.municipalityParam];
        if (kommunenummer === undefined) {
          this.logger.warn(`Refused route ${route}: it has no route parameter '${rule.municipalityParam}'`);
          throw new ForbiddenProblem('municipality parameter missing');
        }
        await this.municipalities.assertMayActFor(principal, kommunenummer, now);
      }
      request.principal = principal;
      return true;
    } catch (error) {
      if (error instanceof ProblemException) {
        // The reason names the failed check, never a claim value or identifier.
        this.logger.debug(`${error.problem.status} on ${route}: ${error.reason}`);
        // Set here too, so that the RFC 6750 challenge survives whichever filter renders the body.
        const response = context.switchToHttp().getResponse<ServerResponse>();
        for (const [name, value] of Object.entries(error.headers)) response.setHeader(name, value);
      }
      throw error;
    }
  }

  private async authenticate(request: AuthRequest, now: Date): Promise<Principal> {
    const bearer = bearerTokenFrom(request.headers.authorization);
    if (bearer.kind === 'absent') return this.authenticateSession(request, now);
    if (bearer.kind === 'malformed') throw new UnauthenticatedProblem(true, 'malformed bearer token');
    const token = await this.verifier.verify(bearer.token, now);
    return this.principalFor(token.practitionerId, token.expiresAt, now, true);
  }

  private async authenticateSession(request: AuthRequest, now: Date): Promise<Principal> {
    if (!this.sessions || !this.signIn) throw new UnauthenticatedProblem(false, 'no bearer token');
    const cookie = cookieFrom(request.headers.cookie, sessionCookieNames(this.signIn).session);
    const session = await this.sessions.find(cookie, now);
    if (!session) throw new UnauthenticatedProblem(false, cookie ? 'session unknown or expired' : 'no bearer token or session');
    // Only staff sign in today; a session of another kind of user must never reach staff routes.
    if (session.userKind !== 'staff') throw new UnauthenticatedProblem(false, 'session of another kind of user');
    assertSameOriginWrite(request.method, request.headers, session.csrfToken);
    return this.principalFor(session.subject, session.expiresAt, now, false);
  }

  private async principalFor(practitionerId: string, expiresAt: Date, now: Date, tokenWasGiven: boolean): Promise<Principal> {
    const practitioner = await this.directory.findPractitioner(practitionerId, now);
    if (!practitioner?.active) {
      throw new UnauthenticatedProblem(tokenWasGiven, practitioner ? 'practitioner inactive' : 'practitioner unknown');
    }
    return {
      practitionerId: practitioner.practitionerId,
      unitId: practitioner.unitId,
      serviceType: practitioner.serviceType,
      // Defensive: a role the code does not know grants nothing.
      roles: Object.freeze(practitioner.roles.filter(isRole)),
      tokenExpiresAt: expiresAt,
    };
  }
}
