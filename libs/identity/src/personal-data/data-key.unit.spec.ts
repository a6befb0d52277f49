import { randomBytes } from 'node:crypto';
import { generateDataKey, unwrapDataKey, wrapDataKey } from './data-key';
import { MasterKeyring } from './master-keyring';
import { PersonalDataDecryptionError, UnknownMasterKeyVersionError } from './personal-data.errors';

const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
const base64Key = (): string => randomBytes(32).toString('base64');

describe('wrapDataKey / unwrapDataKey', () => {
  const keyring = MasterKeyring.fromConfig({ current: base64Key() });

  it('unwraps what it wrapped, with the master key version stored alongside', () => {
    const dataKey = generateDataKey();
    const wrapped = wrapDataKey(dataKey, keyring, childId);
    expect(wrapped.keyVersion).toBe(1);
    expect(unwrapDataKey(wrapped, keyring, childId).equals(dataKey)).toBe(true);
    expect(wrapped.wrappedKey).not.toContain(dataKey.unsafeBytes().toString('base64'));
  });

  it('refuses the wrong master key', () => {
    const wrapped = wrapDataKey(generateDataKey(), keyring, childId);
    const otherKeyring = MasterKeyring.fromConfig({ current: base64Key() });
    expect(() => unwrapDataKey(wrapped, otherKeyring, childId)).toThrow(PersonalDataDecryptionError);
  });

  it('refuses a wrapped key moved to another child', () => {
    const wrapped = wrapDataKey(generateDataKey(), keyring, childId);
    expect(() => unwrapDataKey(wrapped, keyring, '5b1f0d2a-8a43-4f0e-a3a4-7a1c2f9e0b02')).toThrow(PersonalDataDecryptionError);
  });

  it('refuses a tampered or malformed wrapped key', () => {
    const wrapped = wrapDataKey(generateDataKey(), keyring, childId);
    const sealed = JSON.parse(wrapped.wrappedKey);
    const ct = Buffer.from(sealed.ct, 'base64');
    ct[0] ^= 0xff;
    const tampered = { ...wrapped, wrappedKey: JSON.stringify({ ...sealed, ct: ct.toString('base64') }) };
    expect(() => unwrapDataKey(tampered, keyring, childId)).toThrow(PersonalDataDecryptionError);
    expect(() => unwrapDataKey({ ...wrapped, wrappedKey: 'not json' }, keyring, childId)).toThrow(PersonalDataDecryptionError);
  });

  describe('when the master key has been rotated', () => {
    const v1 = base64Key();
    const before = MasterKeyring.fromConfig({ current: v1 });
    const after = MasterKeyring.fromConfig({ current: base64Key(), currentVersion: 2, previous: { '1': v1 } });

    it('still unwraps keys wrapped by the previous version, and wraps new ones with the current', () => {
      const dataKey = generateDataKey();
      const old = wrapDataKey(dataKey, before, childId);
      expect(unwrapDataKey(old, after, childId).equals(dataKey)).toBe(true);
      expect(wrapDataKey(dataKey, after, childId).keyVersion).toBe(2);
    });

    it('refuses a relabelled version (the version is authenticated)', () => {
      const old = wrapDataKey(generateDataKey(), before, childId);
      expect(() => unwrapDataKey({ ...old, keyVersion: 2 }, after, childId)).toThrow(PersonalDataDecryptionError);
    });

    it('reports a version that is no longer configured', () => {
      const old = wrapDataKey(generateDataKey(), before, childId);
      const withoutV1 = MasterKeyring.fromConfig({ current: base64Key(), currentVersion: 2 });
      expect(() => unwrapDataKey(old, withoutV1, childId)).toThrow(UnknownMasterKeyVersionError);
    });
  });
});
