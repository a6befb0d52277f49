import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { NestExpressApplication } from '@nestjs/platform-express';

/**
 * The service's own roots. Every route the API serves lies under one of them (a test walks the
 * routes to keep it so), and the web front's pages never do: the fallback below leaves them alone.
 */
export const SERVICE_ROOTS = ['/api', '/auth', '/oidc', '/health'] as const;

const SERVICE_PATH = new RegExp(`^(${SERVICE_ROOTS.join('|')})(/|$)`);
/** A page path: no file extension in its last segment (`/saker/123`, not `/favicon.ico`). */
const PAGE_PATH = /^\/([^.?#]*\/)*[^./?#]*$/;

interface ExpressResponse extends ServerResponse {
  sendFile(path: string, options: { headers: Record<string, string> }, callback: (error?: Error) => void): void;
}

/**
 * Serves the built web front (`vite build` into WEB_ROOT, default dist/web) on the API's own origin:
 * hashed assets with a long cache life, and index.html for every page path, so that the browser's
 * router takes over. Registered before the API's routes, it never answers under a service root.
 * Without a build (API-only deployments, most tests) it serves nothing.
 */
export function serveWebFront(app: NestExpressApplication, webRoot: string, log: (line: string) => void): void {
  const index = join(webRoot, 'index.html');
  if (!existsSync(index)) {
    log(`no web front at ${webRoot} (run npm run build): serving the API only`);
    return;
  }
  app.useStaticAssets(join(webRoot, 'assets'), { prefix: '/assets/', index: false, immutable: true, maxAge: '365d', fallthrough: true });
  app.use((request: IncomingMessage, response: ExpressResponse, next: (error?: unknown) => void) => {
    const path = (request.url ?? '/').split('?')[0]!;
    if ((request.method !== 'GET' && request.method !== 'HEAD') || SERVICE_PATH.test(path) || !PAGE_PATH.test(path)) return next();
    // The page shell is small and names the current assets: always revalidated.
    response.sendFile(index, { headers: { 'Cache-Control': 'no-cache', 'Content-Type': 'text/html; charset=utf-8' } }, (error) => error && next(error));
  });
}
