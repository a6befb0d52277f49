import fc from 'fast-check';
import { formatSendingstidspunkt, parseSendingstidspunkt } from './sendingstidspunkt';

const instantOf = (text: string) => {
  const result = parseSendingstidspunkt(text);
  if (!result.ok) throw new Error(result.message);
  return result.instant;
};

describe('sendingstidspunkt', () => {
  describe('when read without an offset', () => {
    it('is Oslo winter time (+01:00) in winter, as in KS’s example', () =>
      expect(parseSendingstidspunkt('2020-03-16T13:29:33')).toEqual({ ok: true, instant: '2020-03-16T12:29:33.000Z', hadOffset: false }));

    it('is Oslo summer time (+02:00) in summer', () => expect(instantOf('2026-07-01T08:00:00')).toBe('2026-07-01T06:00:00.000Z'));

    it('accepts minutes only and fractions of a second', () => {
      expect(instantOf('2026-01-05T09:15')).toBe('2026-01-05T08:15:00.000Z');
      expect(instantOf('2026-01-05T09:15:00.1234')).toBe('2026-01-05T08:15:00.123Z');
    });
  });

  describe('when read with an offset', () => {
    it('takes Z and ±hh:mm as they say', () => {
      expect(instantOf('2026-03-27T22:30:00Z')).toBe('2026-03-27T22:30:00.000Z');
      expect(instantOf('2026-03-27T23:30:00+01:00')).toBe('2026-03-27T22:30:00.000Z');
      expect(instantOf('2026-03-27T17:30:00-05:00')).toBe('2026-03-27T22:30:00.000Z');
      expect(parseSendingstidspunkt('2026-03-27T22:30:00Z')).toMatchObject({ hadOffset: true });
    });
  });

  describe('around the spring change (last Sunday of March: 02:00 becomes 03:00)', () => {
    it('reads the last winter minute and the first summer minute', () => {
      expect(instantOf('2026-03-29T01:59:59')).toBe('2026-03-29T00:59:59.000Z');
      expect(instantOf('2026-03-29T03:00:00')).toBe('2026-03-29T01:00:00.000Z');
    });

    it('moves a non-existent wall time forward by the gap (02:30 is read as 03:30 summer time)', () =>
      expect(instantOf('2026-03-29T02:30:00')).toBe('2026-03-29T01:30:00.000Z'));
  });

  describe('around the autumn change (last Sunday of October: 03:00 becomes 02:00)', () => {
    it('takes the earlier of the two instants for the repeated hour', () =>
      expect(instantOf('2026-10-25T02:30:00')).toBe('2026-10-25T00:30:00.000Z'));

    it('reads the hours either side with their own offset', () => {
      expect(instantOf('2026-10-25T01:59:59')).toBe('2026-10-24T23:59:59.000Z');
      expect(instantOf('2026-10-25T03:00:00')).toBe('2026-10-25T02:00:00.000Z');
    });
  });

  describe('when the text is not a date-time', () => {
    it.each(['i går', '2026-02-30T10:00:00', '2026-13-01T10:00:00', '2026-01-01T24:00:00', '2026-01-01 10:00:00', '2026-01-01T10:00:00+25:00', '2026-01-01'])(
      'refuses %p',
      (text) => expect(parseSendingstidspunkt(text).ok).toBe(false),
    );
  });

  describe('when exported', () => {
    it('writes Oslo wall time to the second without offset, like KS’s examples', () => {
      expect(formatSendingstidspunkt('2020-03-16T12:29:33.000Z')).toBe('2020-03-16T13:29:33');
      expect(formatSendingstidspunkt('2026-07-01T06:00:00.999Z')).toBe('2026-07-01T08:00:00');
      expect(formatSendingstidspunkt('2026-03-27T22:30:00.000Z')).toBe('2026-03-27T23:30:00');
    });

    it('writes both passes of October’s repeated hour the same way (the format cannot tell them apart)', () => {
      expect(formatSendingstidspunkt('2026-10-25T00:30:00.000Z')).toBe('2026-10-25T02:30:00');
      expect(formatSendingstidspunkt('2026-10-25T01:30:00.000Z')).toBe('2026-10-25T02:30:00');
    });

    it('reads back as the same second, except in the repeated hour', () => {
      const instants = fc.date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2100-01-01T00:00:00Z'), noInvalidDate: true });
      fc.assert(
        fc.property(instants, (date) => {
          const whole = new Date(Math.floor(date.getTime() / 1000) * 1000).toISOString();
          const back = instantOf(formatSendingstidspunkt(whole));
          const inRepeatedHour = back !== whole && Date.parse(whole) - Date.parse(back) === 3_600_000;
          expect(back === whole || inRepeatedHour).toBe(true);
        }),
        { numRuns: 2000 },
      );
    });
  });
});
