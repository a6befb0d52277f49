import { fieldErrors, isProblem, type Problem } from './problem';

const refusal: Problem = {
  type: 'urn:stafett:problem:invalid-request',
  title: 'Ugyldig forespørsel',
  status: 400,
  detail: 'Ett eller flere felt er ugyldige.',
  errors: [
    { field: 'since', message: 'since må være en dato.' },
    { field: 'guardians[0].name', message: 'Navnet mangler.' },
    { field: 'guardians[1].nationalId', message: 'Fødselsnummeret er ugyldig.' },
    { field: 'shoeSize', message: 'shoeSize er ikke et kjent felt.' },
  ],
};

describe('fieldErrors', () => {
  it('puts each message next to the field it names, or the nearest field above it', () => {
    expect(fieldErrors(refusal, ['since', 'guardians[0].name', 'guardians'])).toEqual({
      byField: { since: ['since må være en dato.'], 'guardians[0].name': ['Navnet mangler.'], guardians: ['Fødselsnummeret er ugyldig.'] },
      other: [{ field: 'shoeSize', message: 'shoeSize er ikke et kjent felt.' }],
    });
  });

  it('keeps messages about fields the form does not have for the summary', () => {
    expect(fieldErrors(refusal, []).other).toHaveLength(4);
    expect(fieldErrors(undefined, ['since'])).toEqual({ byField: {}, other: [] });
  });
});

describe('isProblem', () => {
  it('recognises problem+json and nothing else', () => {
    expect(isProblem(refusal)).toBe(true);
    expect(isProblem({ message: 'Internal Server Error' })).toBe(false);
    expect(isProblem('<html>')).toBe(false);
  });
});
