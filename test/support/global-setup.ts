import { chmod, mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startEmbeddedPostgres } from '../../libs/platform/src/database/embedded-postgres.server';
import { findFreePort } from '../../libs/platform/src/database/free-port';
import { startLogCapture } from './log-capture';

/**
 * One PostgreSQL server per test run: the machine's own when DATABASE_URL is given, otherwise a
 * throwaway embedded server on its own port and directory. Each test file then makes its own
 * database on it (test/support/test-database.ts).
 */
export default async function globalSetup(): Promise<void> {
  const capture = startLogCapture();
  process.env.STAFETT_LOG_CAPTURE = capture.logFile;
  process.env.STAFETT_SENSITIVE_VALUES = capture.sensitiveFile;
  if (process.env.DATABASE_URL) {
    process.env.STAFETT_TEST_SERVER_URL = process.env.DATABASE_URL;
    console.log(`\n[test] using the PostgreSQL server at DATABASE_URL`);
    return;
  }
  const dir = await mkdtemp(join(tmpdir(), 'stafett-test-'));
  await chmod(dir, 0o755); // the `postgres` OS user must reach the data directory when we run as root
  const server = await startEmbeddedPostgres({ dir, port: await findFreePort(), persistent: false });
  process.env.STAFETT_TEST_SERVER_URL = server.url;
  (globalThis as { __STAFETT_TEST_SERVER__?: typeof server }).__STAFETT_TEST_SERVER__ = server;
  console.log(`\n[test] started embedded PostgreSQL at ${new URL(server.url).host} in ${dir}`);
}
