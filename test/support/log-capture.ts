import { appendFileSync, existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { isValidNationalId } from '../../libs/identity/src/national-id';

/**
 * Every log line the apps under test write (in this process or in child processes) is appended to
 * one file per test run; the run's global teardown then proves that no national id and no name
 * from the test data was ever logged.
 */
const DIR = join(__dirname, '../../.tmp');
export const LOG_CAPTURE_FILE = join(DIR, 'test-run.log');
export const SENSITIVE_VALUES_FILE = join(DIR, 'test-run.sensitive.txt');

export function recordLogLines(line: string): string {
  const file = process.env.STAFETT_LOG_CAPTURE;
  if (file) appendFileSync(file, line.endsWith('\n') ? line : `${line}\n`);
  return line;
}

/** Test data that must never reach a log (names, national ids): returns the value for inline use. */
export function sensitive<T extends string>(value: T): T {
  const file = process.env.STAFETT_SENSITIVE_VALUES;
  if (file) appendFileSync(file, `${JSON.stringify(value)}\n`);
  return value;
}

export function startLogCapture(): { logFile: string; sensitiveFile: string } {
  mkdirSync(DIR, { recursive: true });
  writeFileSync(LOG_CAPTURE_FILE, '');
  writeFileSync(SENSITIVE_VALUES_FILE, '');
  return { logFile: LOG_CAPTURE_FILE, sensitiveFile: SENSITIVE_VALUES_FILE };
}

export interface LeakReport {
  readonly lines: number;
  readonly leaks: string[];
}

/** Every 11-digit run that is a valid national id, and every registered sensitive value, is a leak. */
export function findLeaks(log: string, sensitiveValues: readonly string[]): LeakReport {
  const leaks: string[] = [];
  for (const match of log.matchAll(/(?<!\d)\d{11}(?!\d)/g)) {
    if (isValidNationalId(match[0], { allowSynthetic: true })) leaks.push(`a national id (${match[0].slice(0, 6)}*****)`);
  }
  for (const value of sensitiveValues) {
    const compact = value.replace(/\s+/g, '');
    if (value.length >= 3 && (log.includes(value) || (compact.length >= 3 && log.includes(compact)))) leaks.push(`a sensitive test value (${value.length} characters)`);
  }
  return { lines: log.split('\n').filter(Boolean).length, leaks };
}

export function checkCapturedLogs(): LeakReport {
  if (!existsSync(LOG_CAPTURE_FILE)) return { lines: 0, leaks: [] };
  const values = existsSync(SENSITIVE_VALUES_FILE)
    ? readFileSync(SENSITIVE_VALUES_FILE, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as string)
    : [];
  return findLeaks(readFileSync(LOG_CAPTURE_FILE, 'utf8'), values);
}
