import { START as FROM_FIRST_RECORD } from '@kurrent/kurrentdb-client';
import { START } from '../port/global-position';
import { fromKurrentPosition, isAfter, toReadPosition } from './position-mapping';

describe('position mapping', () => {
  describe('when reading $all after a position', () => {
    it('reads from the first record when the position is the port START', () => {
      expect(toReadPosition(START)).toBe(FROM_FIRST_RECORD);
    });

    it('passes a real position through as commit and prepare', () => {
      expect(toReadPosition({ commit: 1234n, prepare: 1200n })).toEqual({ commit: 1234n, prepare: 1200n });
    });
  });

  describe('when KurrentDB returns a position', () => {
    it('keeps both halves, beyond the range of a JavaScript number', () => {
      const big = 2n ** 60n + 7n;
      expect(fromKurrentPosition({ commit: big, prepare: big - 1n }, 'an event')).toEqual({ commit: big, prepare: big - 1n });
    });

    it('refuses an event without a position, naming the server version needed', () => {
      expect(() => fromKurrentPosition(undefined, 'event x')).toThrow(/without a log position.*22\.10/);
    });
  });

  describe('when comparing with the position a read started at', () => {
    it('treats the start position itself as already read', () => {
      expect(isAfter({ commit: 10n, prepare: 5n }, { commit: 10n, prepare: 5n })).toBe(false);
    });

    it('orders by commit first, then prepare', () => {
      expect(isAfter({ commit: 10n, prepare: 6n }, { commit: 10n, prepare: 5n })).toBe(true);
      expect(isAfter({ commit: 11n, prepare: 0n }, { commit: 10n, prepare: 9n })).toBe(true);
      expect(isAfter({ commit: 9n, prepare: 99n }, { commit: 10n, prepare: 0n })).toBe(false);
      expect(isAfter({ commit: 0n, prepare: 0n }, START)).toBe(true);
    });
  });
});
