import { httpHardeningSettingsFromEnv } from './http-hardening.settings';

describe('httpHardeningSettingsFromEnv', () => {
  it('defaults to no CORS, a 100kb body limit and generous rate limits', () => {
    expect(httpHardeningSettingsFromEnv({})).toEqual({
      corsOrigins: [],
      bodyLimit: '100kb',
      rateLimitPerMinute: 300,
      rateLimitPerMinutePerAddress: 3000,
      trustProxyHops: 0,
      logLevel: 'info',
    });
  });

  it('reads a comma-separated origin list', () => {
    const settings = httpHardeningSettingsFromEnv({ CORS_ORIGINS: 'https://a.kommune.no, https://b.kommune.no:8443,' });
    expect(settings.corsOrigins).toEqual(['https://a.kommune.no', 'https://b.kommune.no:8443']);
  });

  it.each([
    [{ CORS_ORIGINS: '*' }, /exact origins/],
    [{ CORS_ORIGINS: 'https://a.no/path' }, /exact origins/],
    [{ HTTP_BODY_LIMIT: 'lots' }, /HTTP_BODY_LIMIT/],
    [{ RATE_LIMIT_PER_MINUTE: '0' }, /at least 1/],
    [{ RATE_LIMIT_PER_MINUTE: '-3' }, /whole number/],
    [{ LOG_LEVEL: 'chatty' }, /LOG_LEVEL/],
  ])('refuses %j', (env, message) => {
    expect(() => httpHardeningSettingsFromEnv(env)).toThrow(message);
  });
});
