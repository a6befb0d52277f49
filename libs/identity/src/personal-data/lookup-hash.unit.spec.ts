import { NationalIdHasher } from './lookup-hash';
import { SecretKey } from './secret-key';

describe('NationalIdHasher', () => {
  const hasher = new NationalIdHasher(SecretKey.generate());

  it('gives the same hash for the same number however it was typed', () => {
    expect(hasher.hash('010190 12480')).toBe(hasher.hash('01019012480'));
  });

  it('gives another hash for another number, and never contains the number', () => {
    expect(hasher.hash('01019012480')).not.toBe(hasher.hash('41019012393'));
    expect(hasher.hash('01019012480')).not.toContain('01019012480');
  });

  it('depends on the key, so that nobody without it can test guesses', () => {
    expect(new NationalIdHasher(SecretKey.generate()).hash('01019012480')).not.toBe(hasher.hash('01019012480'));
  });

  it('refuses anything but 11 digits', () => {
    expect(() => hasher.hash('0101901248')).toThrow(TypeError);
  });
});
