import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { InvalidAppendError, describeFailure, isDatabaseUnavailable, WrongExpectedVersionError } from '@stafett/event-store';
import { InvalidCommandError, Refusal } from '@stafett/kernel';
import { ProblemException, problem } from '@stafett/platform';
import { renderProblem } from '@stafett/platform';

const TITLES: Record<number, string> = {
  400: 'Ugyldig forespørsel',
  401: 'Ikke innlogget',
  403: 'Ingen tilgang',
  404: 'Finnes ikke',
  405: 'Metoden er ikke tillatt',
  409: 'Konflikt',
  413: 'Forespørselen er for stor',
  415: 'Formatet støttes ikke',
  422: 'Kan ikke behandles',
  429: 'For mange forespørsler',
  500: 'Noe gikk galt',
  503: 'Tjenesten er midlertidig utilgjengelig',
};

/** Seconds a client should wait before trying again while the database is away. */
const RETRY_AFTER_SECONDS = 5;

const DETAILS: Record<number, string> = {
  404: 'Ressursen finnes ikke.',
  500: 'En uventet feil oppstod. Prøv igjen senere.',
};

/**
 * Every error leaves as RFC 9457 problem+json. The database (or event store) being away is a 503
 * with Retry-After, whatever route met it; the pools reconnect on their own when it is back. Unknown
 * errors become a bare 500: their messages may carry personal data, so only the error's class is
 * logged, never its message.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    renderProblem(this.toProblem(exception), http.getRequest<IncomingMessage>(), http.getResponse<ServerResponse>());
  }

  private toProblem(exception: unknown): ProblemException {
    if (exception instanceof ProblemException) return exception;
    if (isDatabaseUnavailable(exception)) {
      this.logger.warn(`database unavailable (${describeFailure(exception)}): answered 503`);
      return new ProblemException(
        {
          type: 'urn:stafett:problem:database-unavailable',
          title: TITLES[503],
          status: 503,
          detail: `Databasen svarer ikke akkurat nå. Prøv igjen om ${RETRY_AFTER_SECONDS} sekunder, med samme Idempotency-Key om forespørselen hadde en.`,
        },
        { 'Retry-After': String(RETRY_AFTER_SECONDS) },
      );
    }
    if (exception instanceof WrongExpectedVersionError) {
      return problem(409, 'concurrent-change', TITLES[409], 'Saken ble endret samtidig av en annen. Hent den på nytt og prøv igjen.');
    }
    if (exception instanceof InvalidAppendError) return generic(422);
    if (exception instanceof InvalidCommandError) {
      const fields = exception.problems.map((p) => ({ field: p.field, message: p.userMessage }));
      return problem(400, 'invalid-request', TITLES[400], exception.userMessage, fields);
    }
    if (exception instanceof Refusal) {
      // A context's refusal table names the status with the code.
      return problem(exception.status, exception.code, TITLES[exception.status], exception.userMessage);
    }
    if (exception instanceof HttpException) return generic(exception.getStatus());
    // body-parser's own errors (malformed JSON, too large) carry a client status.
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return generic(status);
    const kind = exception instanceof Error ? exception.name : typeof exception;
    this.logger.error(`unhandled ${kind}`, exception instanceof Error ? exception.stack?.split('\n').slice(1, 6).join('\n') : undefined);
    return generic(500);
  }
}

function generic(status: number): ProblemException {
  const title = TITLES[status] ?? 'Feil';
  return problem(status, `http-${status}`, title, DETAILS[status] ?? `${title}.`);
}
