import { safeReturnTo } from './return-to';

describe('safeReturnTo', () => {
  it.each(['/', '/saker/123?fane=logg', '/arbeidsliste#frister'])('keeps the page %s', (path) => {
    expect(safeReturnTo(path)).toBe(path);
  });

  it.each([
    ['another origin', 'https://evil.example/'],
    ['a protocol-relative address', '//evil.example'],
    ['a backslash the browser reads as a slash', '/\\evil.example'],
    ['a relative path', 'saker'],
    ['white space and control characters', '/a b\n'],
    ['the API', '/api/v1/worklists/handovers'],
    ['the sign-in itself', '/auth/logout'],
    ['the provider', '/oidc/session/end'],
    ['not a string', 42],
    ['a very long path', `/${'a'.repeat(2000)}`],
  ])('sends %s to the start page', (_, value) => {
    expect(safeReturnTo(value)).toBe('/');
  });
});
