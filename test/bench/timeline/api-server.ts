import 'reflect-metadata';
import { buildAppConfig } from '../../../libs/platform/src/config/app-config';
import { createApp } from '../../../apps/api/src/create-app';

/**
 * The real API, as `npm start` builds it (development mode: demo organisation, built-in token
 * issuer; projections on), in a process of its own so that autocannon does not share its event
 * loop. The database exists and is migrated and seeded; DATABASE_URL names it. Request logs are
 * produced at the configured level but thrown away instead of written to stdout.
 */
async function main(): Promise<void> {
  const url = process.env.DATABASE_URL;
  if (!url) throw new Error('DATABASE_URL is required');
  const config = buildAppConfig({ ...process.env, PORT: '0' }, { url, embedded: false });
  const app = await createApp(config, process.env, { logDestination: { write: () => undefined } });
  await app.listen(0, '127.0.0.1');
  const address = app.getHttpServer().address() as { port: number };
  process.send?.({ port: address.port });
  const stop = async (): Promise<void> => {
    await app.close().catch(() => undefined);
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop());
  process.on('disconnect', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
