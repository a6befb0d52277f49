import { InvalidNationalIdError, type NationalIdProblem } from './invalid-national-id.error';
import { checkNationalId, parseNationalId } from './parse-national-id';

// Check digits of these numbers were computed independently of the code under test.
function problemOf(input: string, options = {}): NationalIdProblem | undefined {
  const result = checkNationalId(input, options);
  return result.ok ? undefined : result.error.problem;
}

describe('parseNationalId', () => {
  describe('when the number is a valid fødselsnummer', () => {
    it('returns the kind, the digits and the birth date', () => {
      expect(parseNationalId('01019012480')).toEqual({
        kind: 'fodselsnummer',
        value: '01019012480',
        birthDate: '1990-01-01',
        synthetic: false,
      });
    });

    it('accepts the space printed on letters', () => {
      expect(parseNationalId(' 010190 12480 ').value).toBe('01019012480');
    });

    it.each([
      ['29020050088', '2000-02-29'], // leap day, individual number 500-999 with year 00-39
      ['01015095446', '1950-01-01'], // 900-999 with year 40-99
      ['15035460028', '1854-03-15'], // 500-749 with year 54-99
      ['01109050055', '1890-10-01'],
      ['15031050089', '2010-03-15'],
    ])('reads the century from the individual number (%s)', (input, birthDate) => {
      expect(parseNationalId(input).birthDate).toBe(birthDate);
    });
  });

  describe('when the number is a D-number', () => {
    it('subtracts 4 from the first digit of the day', () => {
      expect(parseNationalId('41019012393')).toMatchObject({ kind: 'd-number', birthDate: '1990-01-01' });
      expect(parseNationalId('71129012425')).toMatchObject({ kind: 'd-number', birthDate: '1990-12-31' });
    });

    it('says D-nummeret in the message when a check digit is wrong', () => {
      const result = checkNationalId('41019012394');
      expect(!result.ok && result.error.userMessage).toMatch(/^D-nummeret har feil kontrollsiffer/);
    });
  });

  describe('when the number is malformed', () => {
    it.each<[string, NationalIdProblem]>([
      ['', 'empty'],
      ['   ', 'empty'],
      ['0101901248', 'wrong-length'],
      ['010190124800', 'wrong-length'],
      ['010190-12480', 'not-digits'],
      ['0101901248O', 'not-digits'],
      ['01019012481', 'check-digit'],
      ['01019012470', 'check-digit'],
    ])('refuses %j as %s', (input, problem) => {
      expect(problemOf(input)).toBe(problem);
    });

    it('refuses a value that is not a string', () => {
      expect(problemOf(12345678901 as unknown as string)).toBe('not-digits');
    });

    it('gives the Norwegian message for a wrong check digit', () => {
      expect(() => parseNationalId('01019012481')).toThrow(InvalidNationalIdError);
      const result = checkNationalId('01019012481');
      expect(!result.ok && result.error.userMessage).toMatch(/^Fødselsnummeret har feil kontrollsiffer/);
    });
  });

  describe('when the number is of another kind', () => {
    it('refuses FH-numbers', () => expect(problemOf('81119012325')).toBe('fh-number'));
    it('refuses H-numbers', () => expect(problemOf('01419012463')).toBe('h-number'));

    it('refuses synthetic Tenor numbers unless allowed', () => {
      expect(problemOf('01819012365')).toBe('synthetic');
      expect(parseNationalId('01819012365', { allowSynthetic: true })).toEqual({
        kind: 'fodselsnummer',
        value: '01819012365',
        birthDate: '1990-01-01',
        synthetic: true,
      });
    });
  });

  describe('when the date is impossible', () => {
    it.each([
      ['29020151216', '29 February in a common year'],
      ['31042351272', '31 April'],
      ['30022351253', '30 February'],
      ['72019012426', 'D-number day 32'],
      ['32319012477', 'month 31'],
    ])('refuses %s (%s)', (input) => {
      expect(problemOf(input)).toBe('invalid-date');
    });

    it('refuses an individual number never issued for the year', () => {
      expect(problemOf('01016080000')).toBe('impossible-individual-number');
    });
  });

  describe('when it refuses a number', () => {
    it('keeps the number out of both messages, since errors are logged', () => {
      for (const input of ['01019012481', '01419012463', '29020151216', '81119012325', '01819012365']) {
        const result = checkNationalId(input);
        if (result.ok) throw new Error('expected a refusal');
        expect(result.error.message).not.toContain(input.slice(0, 6));
        expect(result.error.userMessage).not.toContain(input.slice(0, 6));
      }
    });
  });
});
