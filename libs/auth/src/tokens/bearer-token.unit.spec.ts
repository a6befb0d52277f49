import { bearerTokenFrom } from './bearer-token';

describe('bearerTokenFrom', () => {
  it.each([
    [undefined, { kind: 'absent' }],
    ['', { kind: 'absent' }],
    ['Basic dXNlcjpwYXNz', { kind: 'absent' }],
    ['Bearer', { kind: 'malformed' }],
    ['Bearer ', { kind: 'malformed' }],
    ['Bearer a.b.c d', { kind: 'malformed' }],
    ['Bearer not-a-jwt', { kind: 'malformed' }],
    ['Bearer a.b.c', { kind: 'present', token: 'a.b.c' }],
    ['bearer  a.b.c ', { kind: 'present', token: 'a.b.c' }],
    [`Bearer a.${'b'.repeat(20000)}.c`, { kind: 'malformed' }],
  ])('reads %j', (header, expected) => {
    expect(bearerTokenFrom(header)).toEqual(expected);
  });
});
