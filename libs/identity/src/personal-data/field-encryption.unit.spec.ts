import fc from 'fast-check';
import type { EncryptedField } from './encrypted-field';
import { decryptField, encryptField } from './field-encryption';
import { PersonalDataDecryptionError } from './personal-data.errors';
import { SecretKey } from './secret-key';

const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
const otherChildId = '5b1f0d2a-8a43-4f0e-a3a4-7a1c2f9e0b02';

function flipBit(base64: string, byteIndex: number): string {
  const bytes = Buffer.from(base64, 'base64');
  bytes[byteIndex % bytes.length] ^= 0x01;
  return bytes.toString('base64');
}

describe('encryptField / decryptField', () => {
  const key = SecretKey.generate();

  it('round-trips any text, names with æøå included', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme' }), (text) => {
        expect(decryptField(encryptField(text, key, childId), key, childId)).toBe(text);
      }),
    );
    expect(decryptField(encryptField('Åse Ødegård', key, childId), key, childId)).toBe('Åse Ødegård');
  });

  it('produces a compact JSON-safe value without the plaintext', () => {
    const field = encryptField('01019012480', key, childId);
    expect(Object.keys(field).sort()).toEqual(['ct', 'iv', 'tag', 'v']);
    expect(JSON.parse(JSON.stringify(field))).toEqual(field);
    expect(JSON.stringify(field)).not.toContain('01019012480');
  });

  it('uses a fresh IV, so equal names do not give equal ciphertexts', () => {
    expect(encryptField('Kari', key, childId)).not.toEqual(encryptField('Kari', key, childId));
  });

  describe('when the value has been tampered with', () => {
    it.each(['iv', 'ct', 'tag'] as const)('refuses a changed %s', (part) => {
      const field = encryptField('Kari Nordmann', key, childId);
      fc.assert(
        fc.property(fc.nat(), (byteIndex) => {
          const tampered: EncryptedField = { ...field, [part]: flipBit(field[part], byteIndex) };
          expect(() => decryptField(tampered, key, childId)).toThrow(PersonalDataDecryptionError);
        }),
        { numRuns: 50 },
      );
    });

    it('refuses a truncated authentication tag', () => {
      const field = encryptField('Kari Nordmann', key, childId);
      const truncated = { ...field, tag: Buffer.from(field.tag, 'base64').subarray(0, 4).toString('base64') };
      expect(() => decryptField(truncated, key, childId)).toThrow(PersonalDataDecryptionError);
    });

    it('refuses something that is not an encrypted field', () => {
      expect(() => decryptField({ v: 2 } as unknown as EncryptedField, key, childId)).toThrow(PersonalDataDecryptionError);
    });
  });

  it('refuses a value moved to another child (the child id is authenticated)', () => {
    const field = encryptField('Kari Nordmann', key, childId);
    expect(() => decryptField(field, key, otherChildId)).toThrow(PersonalDataDecryptionError);
  });

  it('treats the child id case-insensitively', () => {
    const field = encryptField('Kari Nordmann', key, childId.toUpperCase());
    expect(decryptField(field, key, childId)).toBe('Kari Nordmann');
  });

  it('refuses another key', () => {
    const field = encryptField('Kari Nordmann', key, childId);
    expect(() => decryptField(field, SecretKey.generate(), childId)).toThrow(PersonalDataDecryptionError);
  });

  it('refuses a child id that is not a UUID', () => {
    expect(() => encryptField('Kari', key, 'child-1')).toThrow(TypeError);
  });
});
