/**
 * What the writer believes about the stream before appending.
 * - `no_stream`: the stream must not exist yet.
 * - `exists`: the stream must already hold at least one event.
 * - `any`: no check.
 * - a number n >= 1: the stream's last event must have version n (versions count from 1).
 */
export type ExpectedVersion = 'no_stream' | 'exists' | 'any' | bigint;

export const NO_STREAM = 'no_stream' as const;
export const STREAM_EXISTS = 'exists' as const;
export const ANY = 'any' as const;

export function describeExpectedVersion(expected: ExpectedVersion): string {
  return typeof expected === 'bigint' ? expected.toString() : expected;
}
