/**
 * What kind of failure an error from PostgreSQL (through `pg` or TypeORM) or KurrentDB is. Two
 * callers need the answer: the HTTP edge (503 with Retry-After instead of 500 while the database is
 * away) and the subscriptions (never park an event because the database blinked; park it only when
 * it fails on its own, deterministically).
 */

// SQLSTATE classes: 08 connection exception, 53 insufficient resources, 57 operator intervention
// (admin shutdown, crash shutdown, cannot connect now, statement timeout), 58 system error (I/O).
const UNAVAILABLE_SQLSTATE_CLASSES = ['08', '53', '57', '58'];
// 40001 serialization failure, 40P01 deadlock, 55P03 lock not available: the same work may succeed next time.
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01', '55P03']);
const NETWORK_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH', 'ECONNABORTED']);
// `pg` reports a lost or refused connection with plain Errors; their messages are fixed texts.
const CONNECTION_MESSAGES = [
  'Connection terminated',
  'timeout exceeded when trying to connect',
  'Client has encountered a connection error',
  'Connection terminated unexpectedly',
  'Query read timeout',
  'the database system is starting up',
  'the database system is shutting down',
];
// KurrentDB's client tags its errors with a type; gRPC code 14 is UNAVAILABLE, 4 DEADLINE_EXCEEDED.
const KURRENT_UNAVAILABLE_TYPES = new Set(['unavailable', 'deadline-exceeded', 'timeout', 'not-leader']);
const GRPC_UNAVAILABLE_CODES = new Set([4, 14]);

interface ErrorShape {
  readonly name?: unknown;
  readonly code?: unknown;
  readonly type?: unknown;
  readonly message?: unknown;
  readonly driverError?: unknown;
  readonly cause?: unknown;
}

/** The error and what it wraps (TypeORM's `driverError`, `cause`), outermost first. */
function layers(error: unknown): ErrorShape[] {
  const found: ErrorShape[] = [];
  let current: unknown = error;
  while (typeof current === 'object' && current !== null && found.length < 5) {
    const shape = current as ErrorShape;
    found.push(shape);
    current = shape.driverError ?? shape.cause;
  }
  return found;
}

/** The SQLSTATE of a PostgreSQL error, when it carries one. */
export function sqlStateOf(error: unknown): string | undefined {
  for (const layer of layers(error)) {
    if (typeof layer.code === 'string' && /^[0-9A-Z]{5}$/.test(layer.code)) return layer.code;
  }
  return undefined;
}

/** The database or event store cannot be reached now (down, restarting, out of connections). */
export function isDatabaseUnavailable(error: unknown): boolean {
  return layers(error).some((layer) => {
    const code = layer.code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return UNAVAILABLE_SQLSTATE_CLASSES.includes(code.slice(0, 2));
    if (typeof code === 'string' && NETWORK_CODES.has(code)) return true;
    if (typeof code === 'number' && GRPC_UNAVAILABLE_CODES.has(code)) return true;
    if (typeof layer.type === 'string' && KURRENT_UNAVAILABLE_TYPES.has(layer.type)) return true;
    return typeof layer.message === 'string' && CONNECTION_MESSAGES.some((text) => (layer.message as string).startsWith(text));
  });
}

/** Unavailable, or a conflict that the same work may not meet again (deadlock, serialization). */
export function isTransientFailure(error: unknown): boolean {
  const state = sqlStateOf(error);
  return isDatabaseUnavailable(error) || (state !== undefined && RETRYABLE_SQLSTATES.has(state));
}

/**
 * For logs and the parked-event table: the error's class and SQLSTATE, never its message, which
 * may quote the values of the event (personal data).
 */
export function describeFailure(error: unknown): string {
  const name = error instanceof Error ? error.name : typeof error;
  const state = sqlStateOf(error);
  return state ? `${name} (SQLSTATE ${state})` : name;
}
