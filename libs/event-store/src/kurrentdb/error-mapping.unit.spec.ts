import {
  DeadlineExceededError,
  NO_STREAM,
  StreamNotFoundError,
  UnavailableError,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../port/errors';
import {
  conflictFromResult,
  isAmbiguousAppendFailure,
  isKurrentWrongExpectedVersion,
  isStreamNotFound,
  toWrongExpectedVersionError,
} from './error-mapping';

function conflict(expected: bigint | 'no_stream' | 'stream_exists' | 'any', current: bigint | 'no_stream') {
  return new KurrentWrongExpectedVersionError(undefined, { streamName: 's-1', expected, current });
}

describe('error mapping', () => {
  describe('when KurrentDB reports a version conflict', () => {
    it('recognises it by its type tag', () => {
      expect(isKurrentWrongExpectedVersion(conflict(1n, 3n))).toBe(true);
      expect(isKurrentWrongExpectedVersion(new Error('wrong expected version'))).toBe(false);
      expect(isKurrentWrongExpectedVersion(undefined)).toBe(false);
    });

    it('becomes the port error with the expected version as given and the actual version counted from 1', () => {
      const error = toWrongExpectedVersionError('s-1', 3n, conflict(2n, 3n));
      expect(error).toBeInstanceOf(WrongExpectedVersionError);
      expect(error).toMatchObject({ streamId: 's-1', expected: 3n, actual: 4n });
    });

    it('reports no actual version when the stream does not exist', () => {
      expect(toWrongExpectedVersionError('s-1', 'exists', conflict('stream_exists', NO_STREAM))).toMatchObject({
        expected: 'exists',
        actual: undefined,
      });
    });
  });

  describe('when the client resolves a conflict instead of rejecting (throwOnAppendFailure=false)', () => {
    it('turns the result back into the conflict', () => {
      const error = conflictFromResult('s-1', 2n, { success: false, nextExpectedRevision: 5n });
      expect(isKurrentWrongExpectedVersion(error)).toBe(true);
      expect(error).toMatchObject({ streamName: 's-1', expectedState: 2n, actualState: 5n });
    });

    it('reports a missing stream as no_stream', () => {
      expect(conflictFromResult('s-1', 2n, { success: false, nextExpectedRevision: -1n })?.actualState).toBe(NO_STREAM);
    });

    it('leaves a successful append alone', () => {
      expect(conflictFromResult('s-1', 2n, { success: true, nextExpectedRevision: 3n })).toBeUndefined();
    });
  });

  describe('when reading a stream that does not exist', () => {
    it('recognises the client error', () => {
      expect(isStreamNotFound(new StreamNotFoundError(undefined, 's-1'))).toBe(true);
      expect(isStreamNotFound(new UnavailableError())).toBe(false);
    });
  });

  describe('when an append fails without a clear outcome', () => {
    it('treats timeouts and lost connections as maybe written', () => {
      expect(isAmbiguousAppendFailure(new DeadlineExceededError())).toBe(true);
      expect(isAmbiguousAppendFailure(new UnavailableError())).toBe(true);
      // The client passes some gRPC failures through unconverted, with only a status code.
      expect(isAmbiguousAppendFailure(Object.assign(new Error('14 UNAVAILABLE'), { code: 14 }))).toBe(true);
    });

    it('treats conflicts, missing streams and plain errors as clear', () => {
      expect(isAmbiguousAppendFailure(conflict(1n, 2n))).toBe(false);
      expect(isAmbiguousAppendFailure(new StreamNotFoundError(undefined, 's'))).toBe(false);
      expect(isAmbiguousAppendFailure(new Error('bad'))).toBe(false);
      expect(isAmbiguousAppendFailure(Object.assign(new Error('invalid'), { code: 3 }))).toBe(false);
    });
  });
});
