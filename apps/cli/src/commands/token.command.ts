import { DevIssuer, authSettingsFromEnv } from '@stafett/auth';
import type { CliCommand, OfflineContext } from '../cli-command';

/**
 * Development only: a bearer token for a demo practitioner, signed by the built-in issuer. Not a
 * use case on the bus: it touches no domain and no database (it runs without starting PostgreSQL);
 * it is auth's development tool, like the dev OIDC provider.
 */
export const tokenCommand: CliCommand = {
  words: ['token'],
  usage: 'token <practitioner-id> [expires-in, e.g. 8h]',
  summary: 'mint a development token for a demo user (not in production)',
  offline: true,
  async run(args: readonly string[], context: OfflineContext): Promise<number> {
    if (!args[0]) {
      context.print('Usage: npm run cli -- token <practitioner-id> [expires-in]');
      return 2;
    }
    // Refuses to open in production: there the built-in issuer does not exist.
    const issuer = await DevIssuer.open(authSettingsFromEnv(context.env));
    context.print(await issuer.mintDevToken(args[0], { expiresIn: args[1] ?? '8h' }));
    return 0;
  },
};
