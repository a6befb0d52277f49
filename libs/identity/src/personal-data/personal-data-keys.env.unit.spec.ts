import { randomBytes, randomUUID } from 'node:crypto';
import { chmod, mkdtemp, readdir, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './data-key';
import { loadPersonalDataKeysFromEnv, PERSONAL_DATA_ENV } from './personal-data-keys.env';
import { InvalidKeyConfigurationError } from './personal-data.errors';

const base64Key = (): string => randomBytes(32).toString('base64');
const childId = randomUUID();
const NATIONAL_ID = '01019012480';

let dataDir: string;
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'stafett-keys-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

async function problemsOf(promise: Promise<unknown>): Promise<readonly string[]> {
  const error = await promise.then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(InvalidKeyConfigurationError);
  return (error as InvalidKeyConfigurationError).problems;
}

describe('loadPersonalDataKeysFromEnv', () => {
  describe('when both keys are in the environment', () => {
    it('uses them, in production and in development alike', async () => {
      const master = base64Key();
      const lookup = randomBytes(32).toString('hex');
      const env = { [PERSONAL_DATA_ENV.masterKey]: master, [PERSONAL_DATA_ENV.lookupKey]: lookup };
      const production = await loadPersonalDataKeysFromEnv(env, { mode: 'production', dataDir });
      const development = await loadPersonalDataKeysFromEnv(env, { mode: 'development', dataDir });
      expect(production.source).toEqual({ masterKey: 'environment', lookupKey: 'environment' });
      expect(production.keys.keyring.currentVersion).toBe(1);
      expect(production.keys.hasher.hash(NATIONAL_ID)).toBe(development.keys.hasher.hash(NATIONAL_ID));
      const wrapped = wrapDataKey(generateDataKey(), production.keys.keyring, childId);
      expect(() => unwrapDataKey(wrapped, development.keys.keyring, childId)).not.toThrow();
      expect(await readdir(dataDir)).toEqual([]); // nothing generated
    });

    it('reads the master key version and the previous master keys, so a rotation keeps old data readable', async () => {
      const v1 = base64Key();
      const before = await loadPersonalDataKeysFromEnv(
        { [PERSONAL_DATA_ENV.masterKey]: v1, [PERSONAL_DATA_ENV.lookupKey]: base64Key() },
        { mode: 'production', dataDir },
      );
      const wrapped = wrapDataKey(generateDataKey(), before.keys.keyring, childId);
      const after = await loadPersonalDataKeysFromEnv(
        {
          [PERSONAL_DATA_ENV.masterKey]: base64Key(),
          [PERSONAL_DATA_ENV.masterKeyVersion]: '3',
          [PERSONAL_DATA_ENV.previousMasterKeys]: `1:${v1}, 2:${base64Key()}`,
          [PERSONAL_DATA_ENV.lookupKey]: base64Key(),
        },
        { mode: 'production', dataDir },
      );
      expect(after.keys.keyring.currentVersion).toBe(3);
      expect(after.keys.keyring.versions()).toEqual([1, 2, 3]);
      expect(() => unwrapDataKey(wrapped, after.keys.keyring, childId)).not.toThrow();
    });
  });

  describe('when production lacks a key', () => {
    it('fails start-up naming both variables', async () => {
      const [problem] = await problemsOf(loadPersonalDataKeysFromEnv({ NODE_ENV: 'production' }, { mode: 'production', dataDir }));
      expect(problem).toMatch(/NODE_ENV=production requires PERSONAL_DATA_MASTER_KEY and PERSONAL_DATA_LOOKUP_KEY/);
      expect(await readdir(dataDir)).toEqual([]); // never falls back to generating
    });

    it('names the one that is missing, and treats blank as missing', async () => {
      const problems = await problemsOf(
        loadPersonalDataKeysFromEnv({ [PERSONAL_DATA_ENV.masterKey]: base64Key(), [PERSONAL_DATA_ENV.lookupKey]: '  ' }, { mode: 'production', dataDir }),
      );
      expect(problems).toHaveLength(1);
      expect(problems[0]).toMatch(/requires PERSONAL_DATA_LOOKUP_KEY \(/);
    });
  });

  describe('when the configuration is malformed', () => {
    it('lists every problem by variable, without echoing any value', async () => {
      const short = randomBytes(16).toString('base64');
      const env = {
        [PERSONAL_DATA_ENV.masterKey]: short,
        [PERSONAL_DATA_ENV.masterKeyVersion]: 'two',
        [PERSONAL_DATA_ENV.previousMasterKeys]: `1:${short},garbage`,
        [PERSONAL_DATA_ENV.lookupKey]: 'not a key',
      };
      const problems = await problemsOf(loadPersonalDataKeysFromEnv(env, { mode: 'production', dataDir }));
      expect(problems).toEqual([
        'PERSONAL_DATA_MASTER_KEY_VERSION must be a whole number of 1 or more',
        'PERSONAL_DATA_PREVIOUS_MASTER_KEYS version 1 must be 32 bytes, got 16',
        'PERSONAL_DATA_PREVIOUS_MASTER_KEYS: entry 2 must be <version>:<base64 key>, e.g. 1:AAAA…',
        'PERSONAL_DATA_MASTER_KEY must be 32 bytes, got 16',
        'PERSONAL_DATA_LOOKUP_KEY must be base64 (32 bytes)',
      ]);
      expect(problems.join(' ')).not.toContain(short);
    });

    it('refuses a lookup key equal to the master key', async () => {
      const key = base64Key();
      const problems = await problemsOf(
        loadPersonalDataKeysFromEnv({ [PERSONAL_DATA_ENV.masterKey]: key, [PERSONAL_DATA_ENV.lookupKey]: key }, { mode: 'production', dataDir }),
      );
      expect(problems).toEqual([expect.stringMatching(/^lookup key must differ from every master key \(PERSONAL_DATA_MASTER_KEY/)]);
    });

    it('refuses a previous master key with the current version', async () => {
      const problems = await problemsOf(
        loadPersonalDataKeysFromEnv(
          { [PERSONAL_DATA_ENV.masterKey]: base64Key(), [PERSONAL_DATA_ENV.previousMasterKeys]: `1:${base64Key()}`, [PERSONAL_DATA_ENV.lookupKey]: base64Key() },
          { mode: 'production', dataDir },
        ),
      );
      expect(problems).toEqual([expect.stringMatching(/version 1 is given twice/)]);
    });
  });

  describe('when development has no keys configured', () => {
    it('generates them once under DATA_DIR/keys, private to the user', async () => {
      const first = await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      expect(first.source).toEqual({ masterKey: 'generated', lookupKey: 'generated' });
      const dir = join(dataDir, 'keys');
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
      const files = (await readdir(dir)).sort();
      expect(files).toEqual(['personal-data-lookup-key', 'personal-data-master-key']);
      for (const file of files) expect((await stat(join(dir, file))).mode & 0o777).toBe(0o600);
    });

    it('reuses them on the next start, so data encrypted before a restart stays readable', async () => {
      const first = await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      const wrapped = wrapDataKey(generateDataKey(), first.keys.keyring, childId);
      const second = await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      expect(second.source).toEqual({ masterKey: 'data-dir', lookupKey: 'data-dir' });
      expect(() => unwrapDataKey(wrapped, second.keys.keyring, childId)).not.toThrow();
      expect(second.keys.hasher.hash(NATIONAL_ID)).toBe(first.keys.hasher.hash(NATIONAL_ID));
    });

    it('gives processes starting together the same keys', async () => {
      const loaded = await Promise.all(Array.from({ length: 6 }, () => loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir })));
      const hashes = new Set(loaded.map((l) => l.keys.hasher.hash(NATIONAL_ID)));
      expect(hashes.size).toBe(1);
      const wrapped = wrapDataKey(generateDataKey(), loaded[0].keys.keyring, childId);
      for (const other of loaded) expect(() => unwrapDataKey(wrapped, other.keys.keyring, childId)).not.toThrow();
      expect((await readdir(join(dataDir, 'keys'))).filter((f) => f.endsWith('.tmp'))).toEqual([]);
    });

    it('tightens loosened permissions of an existing key directory and file', async () => {
      await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      const dir = join(dataDir, 'keys');
      await chmod(dir, 0o755);
      await chmod(join(dir, 'personal-data-master-key'), 0o644);
      await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      expect((await stat(dir)).mode & 0o777).toBe(0o700);
      expect((await stat(join(dir, 'personal-data-master-key'))).mode & 0o777).toBe(0o600);
    });

    it('prefers a key given in the environment over a generated one', async () => {
      await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      const lookup = base64Key();
      const loaded = await loadPersonalDataKeysFromEnv({ [PERSONAL_DATA_ENV.lookupKey]: lookup }, { mode: 'development', dataDir });
      expect(loaded.source).toEqual({ masterKey: 'data-dir', lookupKey: 'environment' });
    });

    it('refuses a damaged key file rather than replacing it (that would orphan every child key)', async () => {
      await loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir });
      await writeFile(join(dataDir, 'keys', 'personal-data-master-key'), 'damaged\n');
      const [problem] = await problemsOf(loadPersonalDataKeysFromEnv({}, { mode: 'development', dataDir }));
      expect(problem).toMatch(/PERSONAL_DATA_MASTER_KEY kept in .*personal-data-master-key must be 32 bytes/);
    });
  });
});
