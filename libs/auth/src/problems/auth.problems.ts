import { ProblemException } from '@stafett/platform';

/** Problem type URIs. URNs, because no public documentation page exists for them yet. */
export const PROBLEM_TYPES = {
  unauthenticated: 'urn:stafett:problem:unauthenticated',
  forbidden: 'urn:stafett:problem:forbidden',
  authUnavailable: 'urn:stafett:problem:authentication-unavailable',
  tooManyRequests: 'urn:stafett:problem:too-many-requests',
} as const;

/** The RFC 6750 realm we announce; one API, one realm. */
const REALM = 'stafett';

/**
 * 401: no token, or a token we do not accept (bad signature, expired, wrong audience or issuer,
 * unknown or inactive practitioner). The body is the same in every case, so it tells an attacker
 * nothing about which check failed.
 */
export class UnauthenticatedProblem extends ProblemException {
  constructor(tokenWasGiven: boolean, reason: string) {
    super(
      {
        type: PROBLEM_TYPES.unauthenticated,
        title: 'Ikke innlogget',
        status: 401,
        detail: 'Forespørselen mangler gyldig innlogging. Logg inn på nytt og prøv igjen.',
      },
      {
        // RFC 6750 §3: no error code when the request carried no credentials at all.
        'WWW-Authenticate': tokenWasGiven
          ? `Bearer realm="${REALM}", error="invalid_token"`
          : `Bearer realm="${REALM}"`,
      },
      reason,
    );
  }
}

/**
 * 403: authenticated, but not allowed. Also what handlers throw when the resource (a child, a case)
 * does not exist or is outside the caller's municipalities: the body is identical, so the answer
 * never reveals whether a child exists.
 */
export class ForbiddenProblem extends ProblemException {
  constructor(reason = 'forbidden') {
    super(
      {
        type: PROBLEM_TYPES.forbidden,
        title: 'Ingen tilgang',
        status: 403,
        detail: 'Du har ikke tilgang til dette, eller det finnes ikke.',
      },
      {},
      reason,
    );
  }
}

/** 503: the identity provider's keys could not be fetched, so no token can be checked right now. */
export class AuthUnavailableProblem extends ProblemException {
  constructor(reason: string) {
    super(
      {
        type: PROBLEM_TYPES.authUnavailable,
        title: 'Innlogging er utilgjengelig',
        status: 503,
        detail: 'Innloggingen kan ikke kontrolleres akkurat nå. Prøv igjen om litt.',
      },
      { 'Retry-After': '30' },
      reason,
    );
  }
}

/** 429: the per-token or per-address rate limit was reached. */
export class TooManyRequestsProblem extends ProblemException {
  constructor(retryAfterSeconds: number) {
    super(
      {
        type: PROBLEM_TYPES.tooManyRequests,
        title: 'For mange forespørsler',
        status: 429,
        detail: 'Du har sendt for mange forespørsler på kort tid. Vent litt og prøv igjen.',
      },
      { 'Retry-After': String(Math.max(1, Math.ceil(retryAfterSeconds))) },
      'rate limit reached',
    );
  }
}
