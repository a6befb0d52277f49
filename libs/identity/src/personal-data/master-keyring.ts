import { InvalidKeyConfigurationError, UnknownMasterKeyVersionError } from './personal-data.errors';
import { SecretKey } from './secret-key';

export interface MasterKeyConfig {
  /** The master key that wraps new data keys: base64 of 32 bytes. */
  readonly current: string;
  /** Its version, stored with every wrapped key. Default 1. */
  readonly currentVersion?: number;
  /** Earlier master keys by version, kept until every data key they wrapped has been rewrapped. */
  readonly previous?: Readonly<Record<string, string>>;
}

/**
 * The master keys by version. New data keys are wrapped with the current one; the version stored
 * with each wrapped key finds the right one to unwrap, which allows rotating the master key.
 */
export class MasterKeyring {
  private readonly keys: ReadonlyMap<number, SecretKey>;

  constructor(
    keys: ReadonlyMap<number, SecretKey>,
    readonly currentVersion: number,
  ) {
    if (!keys.has(currentVersion)) throw new UnknownMasterKeyVersionError(currentVersion);
    this.keys = new Map(keys);
  }

  static fromConfig(config: MasterKeyConfig): MasterKeyring {
    const problems: string[] = [];
    const keys = new Map<number, SecretKey>();
    const add = (version: number, encoded: string | undefined, label: string): void => {
      if (!Number.isInteger(version) || version < 1) {
        problems.push(`${label}: version must be a whole number of 1 or more`);
        return;
      }
      if (keys.has(version)) problems.push(`${label}: version ${version} is given twice`);
      try {
        keys.set(version, SecretKey.fromBase64(encoded ?? '', label));
      } catch (error) {
        problems.push(...(error instanceof InvalidKeyConfigurationError ? error.problems : [`${label}: unreadable`]));
      }
    };
    const currentVersion = config.currentVersion ?? 1;
    add(currentVersion, config.current, 'master key');
    for (const [version, encoded] of Object.entries(config.previous ?? {})) {
      add(Number(version), encoded, `previous master key ${version}`);
    }
    const distinct = [...keys.values()];
    if (distinct.some((key, i) => distinct.slice(i + 1).some((other) => key.equals(other)))) {
      problems.push('two master key versions hold the same key');
    }
    if (problems.length > 0) throw new InvalidKeyConfigurationError(problems);
    return new MasterKeyring(keys, currentVersion);
  }

  get current(): { readonly version: number; readonly key: SecretKey } {
    return { version: this.currentVersion, key: this.get(this.currentVersion) };
  }

  get(version: number): SecretKey {
    const key = this.keys.get(version);
    if (!key) throw new UnknownMasterKeyVersionError(version);
    return key;
  }

  versions(): number[] {
    return [...this.keys.keys()].sort((a, b) => a - b);
  }
}
