import fc from 'fast-check';
import { InvalidNationalIdError } from './invalid-national-id.error';
import { checkNationalId, parseNationalId } from './parse-national-id';
import { nationalIdsWithOneChangedDigit, validNationalIds } from './testing/national-id.arbitraries';

describe('parseNationalId (properties)', () => {
  it('accepts every valid fødselsnummer with its birth date', () => {
    fc.assert(
      fc.property(validNationalIds({ kind: 'fodselsnummer' }), (id) => {
        expect(parseNationalId(id.value)).toEqual({ kind: 'fodselsnummer', value: id.value, birthDate: id.birthDate, synthetic: false });
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts every valid D-number with its birth date', () => {
    fc.assert(
      fc.property(validNationalIds({ kind: 'd-number' }), (id) => {
        expect(parseNationalId(id.value)).toEqual({ kind: 'd-number', value: id.value, birthDate: id.birthDate, synthetic: false });
      }),
      { numRuns: 2000 },
    );
  });

  it('accepts synthetic numbers only when asked to', () => {
    fc.assert(
      fc.property(validNationalIds({ synthetic: true }), (id) => {
        expect(checkNationalId(id.value).ok).toBe(false);
        expect(parseNationalId(id.value, { allowSynthetic: true })).toMatchObject({ birthDate: id.birthDate, synthetic: true });
      }),
    );
  });

  // Every weight is non-zero mod 11, so one changed digit always breaks a check digit.
  it('rejects every valid number with one digit changed', () => {
    fc.assert(
      fc.property(nationalIdsWithOneChangedDigit(), ({ changed }) => {
        const result = checkNationalId(changed, { allowSynthetic: true });
        expect(result.ok).toBe(false);
        expect(!result.ok && result.error.problem).toBe('check-digit');
      }),
      { numRuns: 5000 },
    );
  });

  it('never throws anything but InvalidNationalIdError, and never echoes the input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.stringMatching(/^\d{11}$/)), (input) => {
        try {
          parseNationalId(input);
        } catch (error) {
          expect(error).toBeInstanceOf(InvalidNationalIdError);
          const trimmed = input.trim();
          if (trimmed.length >= 6) expect((error as Error).message).not.toContain(trimmed);
        }
      }),
      { numRuns: 3000 },
    );
  });
});
