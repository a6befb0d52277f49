import type { ThrottlerModuleOptions } from '@nestjs/throttler';
import type { HttpHardeningSettings } from '../http-hardening/http-hardening.settings';
import { PER_ADDRESS_THROTTLER, PER_TOKEN_THROTTLER, addressTracker, tokenTracker } from './token-throttler.guard';

const MINUTE_MS = 60_000;

/**
 * Two limits, both per minute: one per bearer token, and a looser one per client address so that
 * sending a fresh made-up token with every request does not escape limiting. Storage is in memory,
 * i.e. per API instance.
 */
export function throttlerModuleOptions(
  settings: Pick<HttpHardeningSettings, 'rateLimitPerMinute' | 'rateLimitPerMinutePerAddress'>,
): ThrottlerModuleOptions {
  return {
    throttlers: [
      { name: PER_TOKEN_THROTTLER, ttl: MINUTE_MS, limit: settings.rateLimitPerMinute, getTracker: tokenTracker },
      {
        name: PER_ADDRESS_THROTTLER,
        ttl: MINUTE_MS,
        limit: settings.rateLimitPerMinutePerAddress,
        getTracker: addressTracker,
      },
    ],
  };
}
