import { execFileSync, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdirSync, openSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
// Plain modules of the service (no Nest, no decorators): Playwright's loader compiles them as they are.
import { dropDatabase, withDatabase } from '../../../libs/platform/src/database/create-database';
import { findFreePort } from '../../../libs/platform/src/database/free-port';

const ROOT = join(__dirname, '../../..');
const READY_WITHIN_MS = 60_000;

/**
 * Builds the service (API and web front), then starts it as `npm start` does, as a real process:
 * on an embedded PostgreSQL of its own (free port, own data directory), or, when DATABASE_URL is
 * set (CI's second run), on a fresh database on that server. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  execFileSync('bash', [join(ROOT, 'scripts/ensure-chromium.sh')], { stdio: 'inherit' });
  if (process.env.STAFETT_BROWSER_SKIP_BUILD !== '1') execFileSync('npm', ['run', '--silent', 'build'], { cwd: ROOT, stdio: 'inherit' });

  const dir = await mkdtemp(join(tmpdir(), 'stafett-browser-'));
  await chmod(dir, 0o755); // the `postgres` OS user must reach the data directory when we run as root
  const port = await findFreePort();
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    NODE_ENV: 'development',
    PORT: String(port),
    DATA_DIR: join(dir, 'data'),
    EMBEDDED_PG_PORT: String(await findFreePort()),
    RATE_LIMIT_PER_MINUTE: '100000',
  };
  // The API creates the database it is given when it is missing.
  if (process.env.DATABASE_URL) env.DATABASE_URL = withDatabase(process.env.DATABASE_URL, `stafett_browser_${randomBytes(6).toString('hex')}`);
  mkdirSync(join(ROOT, 'test-results'), { recursive: true });
  const log = openSync(join(ROOT, 'test-results/browser-api.log'), 'w');
  const api = spawn(process.execPath, [join(ROOT, 'dist/apps/api/src/main.js')], { cwd: ROOT, env, stdio: ['ignore', log, log] });
  const exited = new Promise<void>((resolve) => api.once('exit', () => resolve()));

  const base = `http://localhost:${port}`;
  const startedAt = Date.now();
  while (!(await answers(`${base}/health/ready`))) {
    if (api.exitCode !== null || Date.now() - startedAt > READY_WITHIN_MS) {
      api.kill('SIGKILL');
      throw new Error(`the API did not become ready (see test-results/browser-api.log)`);
    }
    await new Promise((resolve) => setTimeout(resolve, 200));
  }
  process.env.STAFETT_BROWSER_BASE_URL = base;
  process.env.STAFETT_BROWSER_ENV = JSON.stringify({ DATA_DIR: env.DATA_DIR, NODE_ENV: 'development' });

  return async () => {
    api.kill('SIGTERM');
    await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
    if (api.exitCode === null) api.kill('SIGKILL');
    if (env.DATABASE_URL) await dropDatabase(env.DATABASE_URL);
    await rm(dir, { recursive: true, force: true });
  };
}

async function answers(url: string): Promise<boolean> {
  try {
    return (await fetch(url)).status === 200;
  } catch {
    return false;
  }
}
