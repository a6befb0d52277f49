// Public API of @stafett/auth. Everything else in this library is internal.
export { AuthModule, type AuthModuleOptions, type PractitionerDirectoryProvider } from './auth.module';

export {
  AUTH_SETTINGS,
  AuthConfigurationError,
  DEFAULT_AUDIENCE,
  DEV_ISSUER,
  authSettingsFromEnv,
  type AuthSettings,
} from './config/auth.settings';
export { httpHardeningSettingsFromEnv, type HttpHardeningSettings } from './config/http-hardening.settings';
export {
  DEV_SIGN_IN_PROVIDER,
  SIGN_IN_SETTINGS,
  USER_KINDS,
  signInSettingsFromEnv,
  type SignInProviderSettings,
  type SignInSettings,
  type UserKind,
} from './config/sign-in.settings';

export { WebSessionStore, type EndedSession, type SignInAttempt, type WebSession } from './sessions/web-session.store';
export { cookieFrom, sessionCookieNames, sessionCookieOptions, signInCookieOptions, type SessionCookieNames } from './sessions/session-cookies';
export { CSRF_HEADER, CsrfProblem, assertSameOriginWrite } from './sessions/csrf';
export { CreateWebSessions1732000014000 } from './sessions/migrations/1732000014000-create-web-sessions';

export { ROLES, isRole, type Role } from '@stafett/kernel';
export type { Principal } from '@stafett/kernel';
export {
  PRACTITIONER_DIRECTORY,
  type PractitionerDirectory,
  type PractitionerRecord,
} from './principal/practitioner-directory.port';
export { AUTH_CLOCK, systemClock, type AuthClock } from './principal/auth.clock';
export { CurrentPrincipal } from './principal/current-principal.decorator';

export { Public } from './access/public.decorator';
export { Roles } from './access/roles.decorator';
export { ActsForMunicipality } from './access/acts-for-municipality.decorator';
export { AuthGuard } from './access/auth.guard';
export { MunicipalityAccess } from './access/municipality-access.service';

export { TokenVerifier, type VerifiedToken } from './tokens/token-verifier.service';
export { DevIssuer, type MintDevTokenOptions } from './dev-issuer/dev-issuer';

export { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails } from '@stafett/platform/http/problem.exception';
export {
  AuthUnavailableProblem,
  ForbiddenProblem,
  PROBLEM_TYPES,
  TooManyRequestsProblem,
  UnauthenticatedProblem,
} from './problems/auth.problems';
export { renderProblem } from '@stafett/platform/http/render-problem';

export { applyHttpHardening } from './hardening/apply-http-hardening';
export { HttpHardeningModule, type HttpHardeningModuleOptions } from './hardening/http-hardening.module';
export { loggerModuleParams, pinoHttpOptions } from './hardening/logger.options';
export { throttlerModuleOptions } from './hardening/throttler.options';
export { TokenThrottlerGuard } from './hardening/token-throttler.guard';
export { REQUEST_ID_HEADER } from './hardening/request-id';
export { maskNationalIds, redactSensitive } from './hardening/redaction';
