import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, link, mkdir, readFile, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadPersonalDataKeys, type PersonalDataKeys } from './personal-data.config';
import { InvalidKeyConfigurationError } from './personal-data.errors';
import { KEY_LENGTH_BYTES, SecretKey } from './secret-key';

export const PERSONAL_DATA_ENV = {
  masterKey: 'PERSONAL_DATA_MASTER_KEY',
  masterKeyVersion: 'PERSONAL_DATA_MASTER_KEY_VERSION',
  previousMasterKeys: 'PERSONAL_DATA_PREVIOUS_MASTER_KEYS',
  lookupKey: 'PERSONAL_DATA_LOOKUP_KEY',
} as const;

/** Where development keys are kept, under DATA_DIR. */
export const DEV_KEYS_DIRECTORY = 'keys';
const DEV_MASTER_KEY_FILE = 'personal-data-master-key';
const DEV_LOOKUP_KEY_FILE = 'personal-data-lookup-key';

export interface PersonalDataKeysEnvOptions {
  /** `production` requires both keys in the environment; anything else may generate them. */
  readonly mode: 'production' | 'development';
  /** `<dataDir>/keys/` holds generated development keys. */
  readonly dataDir: string;
}

/** Where each key came from; for a start-up log line (never the key itself). */
export type KeySource = 'environment' | 'generated' | 'data-dir';

export interface LoadedPersonalDataKeys {
  readonly keys: PersonalDataKeys;
  readonly source: { readonly masterKey: KeySource; readonly lookupKey: KeySource };
}

type Env = Readonly<Record<string, string | undefined>>;

/**
 * Reads the personal-data keys from the environment. Production needs `PERSONAL_DATA_MASTER_KEY`
 * and `PERSONAL_DATA_LOOKUP_KEY`; without them start-up fails. In development a key that is not set
 * is generated once and kept under `<DATA_DIR>/keys/` (directory 0700, files 0600), so that data
 * encrypted before a restart stays readable after it. Deleting those files makes every child's
 * personal data unreadable, exactly as losing the production keys would.
 *
 * Every problem is reported at once, naming the variable, never echoing a value.
 */
export async function loadPersonalDataKeysFromEnv(env: Env, options: PersonalDataKeysEnvOptions): Promise<LoadedPersonalDataKeys> {
  const problems: string[] = [];
  const masterKeyVar = blankToUndefined(env[PERSONAL_DATA_ENV.masterKey]);
  const lookupKeyVar = blankToUndefined(env[PERSONAL_DATA_ENV.lookupKey]);

  if (options.mode === 'production') {
    const missing: string[] = [];
    if (!masterKeyVar) missing.push(PERSONAL_DATA_ENV.masterKey);
    if (!lookupKeyVar) missing.push(PERSONAL_DATA_ENV.lookupKey);
    if (missing.length > 0) {
      problems.push(
        `NODE_ENV=production requires ${missing.join(' and ')} (32 random bytes each, base64, e.g. \`openssl rand -base64 32\`; ` +
          `two different keys). Children's personal data cannot be stored or read without them.`,
      );
    }
  }

  const currentVersion = readVersion(env[PERSONAL_DATA_ENV.masterKeyVersion], problems);
  const previous = readPreviousMasterKeys(env[PERSONAL_DATA_ENV.previousMasterKeys], problems);
  if (masterKeyVar) checkKey(masterKeyVar, PERSONAL_DATA_ENV.masterKey, problems, 'base64');
  if (lookupKeyVar) checkKey(lookupKeyVar, PERSONAL_DATA_ENV.lookupKey, problems, 'hex-or-base64');
  if (problems.length > 0) throw new InvalidKeyConfigurationError(problems);

  const keysDir = join(options.dataDir, DEV_KEYS_DIRECTORY);
  const master = masterKeyVar
    ? { value: masterKeyVar, source: 'environment' as const }
    : await devKey(keysDir, DEV_MASTER_KEY_FILE, PERSONAL_DATA_ENV.masterKey);
  const lookup = lookupKeyVar
    ? { value: lookupKeyVar, source: 'environment' as const }
    : await devKey(keysDir, DEV_LOOKUP_KEY_FILE, PERSONAL_DATA_ENV.lookupKey);

  let keys: PersonalDataKeys;
  try {
    keys = loadPersonalDataKeys({ masterKey: { current: master.value, currentVersion, previous }, lookupKey: lookup.value });
  } catch (error) {
    if (!(error instanceof InvalidKeyConfigurationError)) throw error;
    // Say which variables the cross-checks (same key twice, duplicate versions) are about.
    throw new InvalidKeyConfigurationError(
      error.problems.map((p) => `${p} (${PERSONAL_DATA_ENV.masterKey}, ${PERSONAL_DATA_ENV.previousMasterKeys}, ${PERSONAL_DATA_ENV.lookupKey})`),
    );
  }
  return { keys, source: { masterKey: master.source, lookupKey: lookup.source } };
}

function readVersion(raw: string | undefined, problems: string[]): number {
  const text = blankToUndefined(raw);
  if (text === undefined) return 1;
  if (!/^\d{1,9}$/.test(text) || Number(text) < 1) {
    problems.push(`${PERSONAL_DATA_ENV.masterKeyVersion} must be a whole number of 1 or more`);
    return 1;
  }
  return Number(text);
}

/** `1:<base64>,2:<base64>`: earlier master keys, kept until every data key they wrapped is rewrapped. */
function readPreviousMasterKeys(raw: string | undefined, problems: string[]): Record<string, string> | undefined {
  const text = blankToUndefined(raw);
  if (text === undefined) return undefined;
  const previous: Record<string, string> = {};
  text.split(',').forEach((entry, index) => {
    const match = /^\s*(\d{1,9})\s*:\s*(\S+)\s*$/.exec(entry);
    if (!match || Number(match[1]) < 1) {
      problems.push(`${PERSONAL_DATA_ENV.previousMasterKeys}: entry ${index + 1} must be <version>:<base64 key>, e.g. 1:AAAA…`);
      return;
    }
    const [, version, key] = match;
    if (String(Number(version)) in previous) {
      problems.push(`${PERSONAL_DATA_ENV.previousMasterKeys}: version ${Number(version)} is given twice`);
      return;
    }
    checkKey(key, `${PERSONAL_DATA_ENV.previousMasterKeys} version ${Number(version)}`, problems, 'base64');
    previous[String(Number(version))] = key;
  });
  return previous;
}

function checkKey(value: string, label: string, problems: string[], encoding: 'base64' | 'hex-or-base64'): void {
  try {
    if (encoding === 'base64') SecretKey.fromBase64(value, label);
    else SecretKey.fromHexOrBase64(value, label);
  } catch (error) {
    if (!(error instanceof InvalidKeyConfigurationError)) throw error;
    problems.push(...error.problems);
  }
}

/**
 * A development key from `<dir>/<file>`, generated the first time. Published atomically (written to
 * a private temporary file, then hard-linked into place), so that two processes starting together
 * (the API and the CLI) end up with the same key.
 */
async function devKey(dir: string, file: string, variable: string): Promise<{ value: string; source: KeySource }> {
  await mkdir(dir, { recursive: true, mode: 0o700 });
  await chmod(dir, 0o700); // mkdir's mode does not tighten a directory that already existed
  const path = join(dir, file);
  const existing = await readKeyFile(path, variable);
  if (existing !== undefined) return { value: existing, source: 'data-dir' };
  const value = randomBytes(KEY_LENGTH_BYTES).toString('base64');
  const temporary = join(dir, `${file}.${randomUUID()}.tmp`);
  await writeFile(temporary, `${value}\n`, { mode: 0o600, flag: 'wx' });
  try {
    await link(temporary, path);
    return { value, source: 'generated' };
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    const winner = await readKeyFile(path, variable);
    if (winner === undefined) throw error;
    return { value: winner, source: 'data-dir' };
  } finally {
    await unlink(temporary);
  }
}

async function readKeyFile(path: string, variable: string): Promise<string | undefined> {
  let text: string;
  try {
    text = (await readFile(path, 'utf8')).trim();
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
  // Repair a key file whose mode was loosened (e.g. by a copy): it opens every child's data.
  await chmod(path, 0o600);
  const problems: string[] = [];
  checkKey(text, `${variable} kept in ${path}`, problems, 'base64');
  if (problems.length > 0) throw new InvalidKeyConfigurationError(problems);
  return text;
}

function blankToUndefined(value: string | undefined): string | undefined {
  const trimmed = value?.trim();
  return trimmed ? trimmed : undefined;
}
