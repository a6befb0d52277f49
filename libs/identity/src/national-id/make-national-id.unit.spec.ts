import { makeNationalId } from './make-national-id';
import { parseNationalId } from './parse-national-id';

describe('makeNationalId', () => {
  it('builds a number that parses back to its parts', () => {
    expect(makeNationalId({ birthDate: '1990-01-01', individualNumber: 124 })).toBe('01019012480');
    expect(makeNationalId({ birthDate: '1990-01-01', individualNumber: 123, kind: 'd-number' })).toBe('41019012393');
    const synthetic = makeNationalId({ birthDate: '2019-05-17', individualNumber: 512, synthetic: true });
    expect(synthetic && parseNationalId(synthetic, { allowSynthetic: true })).toMatchObject({ birthDate: '2019-05-17', synthetic: true });
  });

  it('gives undefined when no such number exists', () => {
    expect(makeNationalId({ birthDate: '1990-01-01', individualNumber: 123 })).toBeUndefined(); // check digit 10
    expect(makeNationalId({ birthDate: '2010-01-01', individualNumber: 123 })).toBeUndefined(); // 000-499 is 1900s
    expect(makeNationalId({ birthDate: '2023-02-29', individualNumber: 512 })).toBeUndefined();
  });
});
