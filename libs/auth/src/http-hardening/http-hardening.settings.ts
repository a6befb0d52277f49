import { LOG_LEVELS, type LogLevel } from '@stafett/platform';
import { AuthConfigurationError } from '../config/auth.settings';

/** Transport-level protections of the HTTP API, read once from the environment at start-up. */
export interface HttpHardeningSettings {
  /** Origins allowed to call the API from a browser. Empty means no cross-origin access at all. */
  readonly corsOrigins: readonly string[];
  /** Largest accepted request body, in body-parser notation ('100kb', '1mb'). */
  readonly bodyLimit: string;
  /** Requests per minute for one bearer token (or one address without a token). */
  readonly rateLimitPerMinute: number;
  /**
   * Requests per minute for one client address, whatever tokens it sends: stops a caller from
   * escaping the per-token limit by inventing tokens. Generous, because a municipality's offices
   * often share one public address.
   */
  readonly rateLimitPerMinutePerAddress: number;
  /** Express `trust proxy`: how many proxies in front of us may set X-Forwarded-For. */
  readonly trustProxyHops: number;
  readonly logLevel: LogLevel;
}

type Env = Readonly<Record<string, string | undefined>>;

export function httpHardeningSettingsFromEnv(env: Env): HttpHardeningSettings {
  const corsOrigins = (env.CORS_ORIGINS ?? '')
    .split(',')
    .map((origin) => origin.trim())
    .filter((origin) => origin.length > 0);
  for (const origin of corsOrigins) {
    // A wildcard would let any web page read a logged-in practitioner's responses.
    if (origin === '*' || !/^https?:\/\/[^/\s]+$/.test(origin)) {
      throw new AuthConfigurationError(`CORS_ORIGINS entries must be exact origins like https://app.example.no, got '${origin}'`);
    }
  }
  const bodyLimit = env.HTTP_BODY_LIMIT?.trim() || '100kb';
  if (!/^\d+(b|kb|mb)$/i.test(bodyLimit)) {
    throw new AuthConfigurationError(`HTTP_BODY_LIMIT must look like 100kb or 1mb, got '${bodyLimit}'`);
  }
  const logLevel = (env.LOG_LEVEL?.trim() || 'info') as LogLevel;
  if (!LOG_LEVELS.includes(logLevel)) {
    throw new AuthConfigurationError(`LOG_LEVEL must be one of ${LOG_LEVELS.join(', ')}`);
  }
  return {
    corsOrigins,
    bodyLimit,
    rateLimitPerMinute: positiveInteger(env, 'RATE_LIMIT_PER_MINUTE', 300),
    rateLimitPerMinutePerAddress: positiveInteger(env, 'RATE_LIMIT_PER_MINUTE_PER_ADDRESS', 3000),
    trustProxyHops: nonNegativeInteger(env, 'TRUST_PROXY_HOPS', 0),
    logLevel,
  };
}

function positiveInteger(env: Env, name: string, fallback: number): number {
  const value = nonNegativeInteger(env, name, fallback);
  if (value === 0) throw new AuthConfigurationError(`${name} must be at least 1`);
  return value;
}

function nonNegativeInteger(env: Env, name: string, fallback: number): number {
  const raw = env[name]?.trim();
  if (!raw) return fallback;
  if (!/^\d+$/.test(raw)) throw new AuthConfigurationError(`${name} must be a whole number, got '${raw}'`);
  return Number(raw);
}
