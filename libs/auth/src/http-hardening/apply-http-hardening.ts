import type { NestExpressApplication } from '@nestjs/platform-express';
import helmet from 'helmet';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { Logger } from 'nestjs-pino';
import type { HttpHardeningSettings } from './http-hardening.settings';
import { PROBLEM_CONTENT_TYPE, REQUEST_ID_HEADER, requestGuard, requestIdFor, requestIdMiddleware } from '@stafett/platform';

/**
 * Transport protections for `main.ts` (and e2e tests), called after `NestFactory.create` and before
 * `listen`/`init`. Expects {@link HttpHardeningModule} among the app's imports for the logger.
 */
export function applyHttpHardening(app: NestExpressApplication, settings: HttpHardeningSettings): void {
  // First, so that every response, even a refused body, carries a request id.
  app.use(requestIdMiddleware);
  app.use(helmet());
  if (settings.trustProxyHops > 0) app.set('trust proxy', settings.trustProxyHops);
  // Registered before Nest's own parsers, which then stay out: these are the only ones, with our limit.
  app.useBodyParser('json', { limit: settings.bodyLimit });
  app.useBodyParser('urlencoded', { limit: settings.bodyLimit, extended: false });
  app.use(bodyParserProblem);
  // Before anything transforms the body: depth, prototype keys, NUL and broken surrogates.
  app.use(requestGuard);
  app.enableCors({
    // No origins configured means no cross-origin access, not "any origin".
    origin: settings.corsOrigins.length > 0 ? [...settings.corsOrigins] : false,
    credentials: false,
    allowedHeaders: ['Authorization', 'Content-Type', 'Idempotency-Key', REQUEST_ID_HEADER],
    exposedHeaders: [REQUEST_ID_HEADER, 'WWW-Authenticate', 'Retry-After'],
    maxAge: 600,
  });
  app.useLogger(app.get(Logger));
}

interface BodyParserError {
  status?: number;
  type?: string;
}

/**
 * Body-parser fails before Nest's exception filters run, so without this a too-large or broken body
 * would be answered by Express's HTML error page.
 */
function bodyParserProblem(
  error: BodyParserError,
  request: IncomingMessage,
  response: ServerResponse,
  next: (error?: unknown) => void,
): void {
  const status = error?.status;
  if (response.headersSent || typeof status !== 'number' || status < 400 || status >= 500) return next(error);
  const tooLarge = status === 413;
  response.statusCode = status;
  response.setHeader('Content-Type', `${PROBLEM_CONTENT_TYPE}; charset=utf-8`);
  response.end(
    JSON.stringify({
      type: tooLarge ? 'urn:stafett:problem:payload-too-large' : 'urn:stafett:problem:malformed-body',
      title: tooLarge ? 'Forespørselen er for stor' : 'Ugyldig forespørsel',
      status,
      detail: tooLarge
        ? 'Innholdet i forespørselen er større enn det som er tillatt.'
        : 'Innholdet i forespørselen kunne ikke leses.',
      instance: `urn:stafett:request:${requestIdFor(request, response)}`,
    }),
  );
}
