import { randomBytes } from 'node:crypto';
import { inspect } from 'node:util';
import { loadPersonalDataKeys } from './personal-data.config';
import { InvalidKeyConfigurationError } from './personal-data.errors';
import { SecretKey } from './secret-key';

describe('SecretKey', () => {
  it('never prints its bytes', () => {
    const encoded = randomBytes(32).toString('base64');
    const key = SecretKey.fromBase64(encoded);
    for (const shown of [String(key), `${key}`, JSON.stringify({ key }), inspect(key), inspect({ nested: key })]) {
      expect(shown).not.toContain(encoded);
      expect(shown).toMatch(/redacted/);
    }
  });

  it('reads hex and base64', () => {
    const bytes = randomBytes(32);
    expect(SecretKey.fromHexOrBase64(bytes.toString('hex')).equals(SecretKey.fromBytes(bytes))).toBe(true);
    expect(SecretKey.fromHexOrBase64(bytes.toString('base64')).equals(SecretKey.fromBytes(bytes))).toBe(true);
  });

  it('refuses keys of the wrong length without echoing them', () => {
    const short = randomBytes(16).toString('base64');
    expect(() => SecretKey.fromBase64(short, 'master key')).toThrow(/master key must be 32 bytes, got 16/);
    try {
      SecretKey.fromBase64(short);
    } catch (error) {
      expect((error as Error).message).not.toContain(short);
    }
  });
});

describe('loadPersonalDataKeys', () => {
  it('lists every problem at once', () => {
    let error: unknown;
    try {
      loadPersonalDataKeys({ masterKey: { current: 'too-short' }, lookupKey: '' });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InvalidKeyConfigurationError);
    expect((error as InvalidKeyConfigurationError).problems).toHaveLength(2);
  });

  it('refuses a lookup key equal to a master key', () => {
    const key = randomBytes(32);
    expect(() =>
      loadPersonalDataKeys({ masterKey: { current: key.toString('base64') }, lookupKey: key.toString('hex') }),
    ).toThrow(/lookup key must differ/);
  });

  it('gives a keyring and a hasher for a good configuration', () => {
    const keys = loadPersonalDataKeys({
      masterKey: { current: randomBytes(32).toString('base64') },
      lookupKey: randomBytes(32).toString('hex'),
    });
    expect(keys.keyring.currentVersion).toBe(1);
    expect(keys.hasher.hash('01019012480')).toMatch(/^[0-9a-f]{64}$/);
  });
});
