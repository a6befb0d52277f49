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
export { AUTH_CLOCK, type AuthClock } from './principal/auth.clock';
export { systemClock } from '@stafett/kernel';
export { CurrentPrincipal } from './principal/current-principal.decorator';

export { Public } from './access/public.decorator';
export { Roles } from './access/roles.decorator';
export { ActsForMunicipality } from './access/acts-for-municipality.decorator';
export { AuthGuard } from './access/auth.guard';
export { MunicipalityAccess } from './access/municipality-access.service';

export { TokenVerifier, type VerifiedToken } from './tokens/token-verifier.service';
export { DevIssuer, type MintDevTokenOptions } from './dev-issuer/dev-issuer';

export { PROBLEM_CONTENT_TYPE, ProblemException, type ProblemDetails } from '@stafett/platform';
export {
  AuthUnavailableProblem,
  ForbiddenProblem,
  PROBLEM_TYPES,
  TooManyRequestsProblem,
  UnauthenticatedProblem,
} from './problems/auth.problems';
export { renderProblem } from '@stafett/platform';

// Transport protections of the HTTP API: the Express side, the Nest side (logger, rate limits) and their settings.
export { applyHttpHardening } from './http-hardening/apply-http-hardening';
export { HttpHardeningModule, type HttpHardeningModuleOptions } from './http-hardening/http-hardening.module';
export { httpHardeningSettingsFromEnv, type HttpHardeningSettings } from './http-hardening/http-hardening.settings';
export { throttlerModuleOptions } from './throttling/throttler.options';
export { TokenThrottlerGuard } from './throttling/token-throttler.guard';
// Transitional (issue 12): logging is @stafett/platform's now; removed once the worker imports it from there.
export { loggerModuleParams, pinoHttpOptions, REQUEST_ID_HEADER, maskNationalIds, redactSensitive } from '@stafett/platform';
