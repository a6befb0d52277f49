import { describeExpectedVersion, type ExpectedVersion } from './expected-version';

/** The stream was not at the version the writer expected. Nothing was appended. */
export class WrongExpectedVersionError extends Error {
  override readonly name = 'WrongExpectedVersionError';

  constructor(
    readonly streamId: string,
    readonly expected: ExpectedVersion,
    /** The stream's version when the append was refused; `undefined` when it has no events. */
    readonly actual: bigint | undefined,
  ) {
    super(
      `Stream '${streamId}' expected at version ${describeExpectedVersion(expected)} ` +
        `but is at ${actual === undefined ? 'no_stream' : actual.toString()}`,
    );
  }
}

/**
 * Some, but not all, of the events of one append were stored before. A whole retried append is
 * fine (it is a no-op); a mix of old and new event ids means the caller reused ids by mistake.
 */
export class PartialDuplicateAppendError extends Error {
  override readonly name = 'PartialDuplicateAppendError';

  constructor(
    readonly streamId: string,
    readonly duplicateIds: readonly string[],
  ) {
    super(`Append to '${streamId}' mixes new events with already stored ids: ${duplicateIds.join(', ')}`);
  }
}

/** The append itself is malformed (no events, a bad id, a stream id out of bounds). */
export class InvalidAppendError extends Error {
  override readonly name = 'InvalidAppendError';
}
