import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Every log line the apps under test write is also appended to one file per test run, so that a
 * check at the end of the run (test/support/global-teardown.ts) can prove that no national id or
 * name from the test data was ever logged.
 */
export const LOG_CAPTURE_FILE = join(__dirname, '../../.tmp/test-run.log');

export function recordLogLines(line: string): string {
  if (process.env.STAFETT_LOG_CAPTURE) appendFileSync(process.env.STAFETT_LOG_CAPTURE, line.endsWith('\n') ? line : `${line}\n`);
  return line;
}

export function prepareLogCapture(): string {
  mkdirSync(join(LOG_CAPTURE_FILE, '..'), { recursive: true });
  return LOG_CAPTURE_FILE;
}
