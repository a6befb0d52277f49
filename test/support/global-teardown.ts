export default async function globalTeardown(): Promise<void> {
  const server = (globalThis as { __STAFETT_TEST_SERVER__?: { stop(): Promise<void> } }).__STAFETT_TEST_SERVER__;
  await server?.stop();
}
