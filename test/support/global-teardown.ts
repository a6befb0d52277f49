import { checkCapturedLogs } from './log-capture';

export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __STAFETT_TEST_SERVER__?: { stop(): Promise<void> } }).__STAFETT_TEST_SERVER__;
  await server?.stop();
  // The whole run's application logs must hold no national id or name from the test data.
  const report = checkCapturedLogs();
  if (report.leaks.length > 0) {
    throw new Error(`Personal data reached the logs of this test run: ${[...new Set(report.leaks)].join(', ')} (see .tmp/test-run.log)`);
  }
  console.log(`[test] log capture: ${report.lines} application log lines checked, no national id or name from the test data`);
}
