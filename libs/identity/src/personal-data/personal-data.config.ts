import { NationalIdHasher, RequestFingerprinter } from './lookup-hash';
import { MasterKeyring, type MasterKeyConfig } from './master-keyring';
import { InvalidKeyConfigurationError } from './personal-data.errors';
import { SecretKey } from './secret-key';

export interface PersonalDataKeyConfig {
  readonly masterKey: MasterKeyConfig;
  /** 32 bytes, hex (64 characters) or base64. Must differ from every master key. */
  readonly lookupKey: string;
}

export interface PersonalDataKeys {
  readonly keyring: MasterKeyring;
  readonly hasher: NationalIdHasher;
  readonly fingerprinter: RequestFingerprinter;
}

/**
 * Reads the key configuration at start-up and reports every problem at once. Refuses a lookup key
 * equal to a master key: one leaked key must not open both the data and the look-up index.
 */
export function loadPersonalDataKeys(config: PersonalDataKeyConfig): PersonalDataKeys {
  const problems: string[] = [];
  let keyring: MasterKeyring | undefined;
  let lookupKey: SecretKey | undefined;
  try {
    keyring = MasterKeyring.fromConfig(config.masterKey);
  } catch (error) {
    if (!(error instanceof InvalidKeyConfigurationError)) throw error;
    problems.push(...error.problems);
  }
  try {
    lookupKey = SecretKey.fromHexOrBase64(config.lookupKey, 'lookup key');
  } catch (error) {
    if (!(error instanceof InvalidKeyConfigurationError)) throw error;
    problems.push(...error.problems);
  }
  if (keyring && lookupKey && keyring.versions().some((v) => keyring.get(v).equals(lookupKey))) {
    problems.push('lookup key must differ from every master key');
  }
  if (problems.length > 0 || !keyring || !lookupKey) throw new InvalidKeyConfigurationError(problems);
  return { keyring, hasher: new NationalIdHasher(lookupKey), fingerprinter: new RequestFingerprinter(lookupKey) };
}
