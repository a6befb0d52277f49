import {
  ErrorType,
  WrongExpectedVersionError as KurrentWrongExpectedVersionError,
  type AppendResult as KurrentAppendResult,
  type AppendStreamState,
} from '@kurrent/kurrentdb-client';
import { WrongExpectedVersionError } from '../port/errors';
import type { ExpectedVersion } from '../port/expected-version';
import { versionFromStreamState } from './revision-mapping';

// gRPC status codes of failures that can come back after the server received the append.
const GRPC_CANCELLED = 1;
const GRPC_UNKNOWN = 2;
const GRPC_DEADLINE_EXCEEDED = 4;
const GRPC_ABORTED = 10;
const GRPC_UNAVAILABLE = 14;
const AMBIGUOUS_CODES = new Set([GRPC_CANCELLED, GRPC_UNKNOWN, GRPC_DEADLINE_EXCEEDED, GRPC_ABORTED, GRPC_UNAVAILABLE]);
const AMBIGUOUS_TYPES = new Set<string>([
  ErrorType.TIMEOUT,
  ErrorType.DEADLINE_EXCEEDED,
  ErrorType.UNAVAILABLE,
  ErrorType.CANCELLED,
  ErrorType.UNKNOWN,
]);

interface ClientErrorShape {
  readonly type?: unknown;
  readonly code?: unknown;
}

// Checked by the `type` tag rather than `instanceof`, which fails when two copies of the client load.
function typeOf(error: unknown): unknown {
  return typeof error === 'object' && error !== null ? (error as ClientErrorShape).type : undefined;
}

export function isKurrentWrongExpectedVersion(error: unknown): error is KurrentWrongExpectedVersionError {
  return typeOf(error) === ErrorType.WRONG_EXPECTED_VERSION;
}

export function isStreamNotFound(error: unknown): boolean {
  return typeOf(error) === ErrorType.STREAM_NOT_FOUND;
}

/**
 * Failures after which an append may or may not have been stored: timeouts, a lost connection, or
 * KurrentDB dropping a retried write while the original is still replicating. Only the stream's
 * event ids can tell.
 */
export function isAmbiguousAppendFailure(error: unknown): boolean {
  const type = typeOf(error);
  if (typeof type === 'string') return AMBIGUOUS_TYPES.has(type);
  const code = typeof error === 'object' && error !== null ? (error as ClientErrorShape).code : undefined;
  return typeof code === 'number' && AMBIGUOUS_CODES.has(code);
}

/** The client's version conflict as the port's, with the stream's actual version counted from 1. */
export function toWrongExpectedVersionError(
  streamId: string,
  expected: ExpectedVersion,
  error: KurrentWrongExpectedVersionError,
): WrongExpectedVersionError {
  return new WrongExpectedVersionError(streamId, expected, versionFromStreamState(error.actualState));
}

/**
 * With `throwOnAppendFailure=false` in the connection string the client resolves a conflict instead
 * of rejecting; turn it back into the error so both settings behave alike.
 */
export function conflictFromResult(
  streamName: string,
  streamState: AppendStreamState,
  result: KurrentAppendResult,
): KurrentWrongExpectedVersionError | undefined {
  if (result.success) return undefined;
  const current = result.nextExpectedRevision < 0n ? 'no_stream' : result.nextExpectedRevision;
  return new KurrentWrongExpectedVersionError(undefined, { streamName, expected: streamState, current });
}
