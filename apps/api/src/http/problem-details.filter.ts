import { Catch, HttpException, Logger, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import { InvalidAppendError, WrongExpectedVersionError } from '@stafett/event-store';
import { PROBLEM_TYPE_BASE, ProblemException, type ProblemDetails } from './problem-details';

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
};

/**
 * Every error leaves as RFC 9457 problem+json. Unknown errors become a bare 500: their messages
 * may carry personal data, so only the error's class is logged, never its message.
 */
@Catch()
export class ProblemDetailsFilter implements ExceptionFilter {
  private readonly logger = new Logger(ProblemDetailsFilter.name);

  catch(exception: unknown, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    const request = http.getRequest<{ originalUrl?: string }>();
    const response = http.getResponse<ProblemResponse>();
    const body = { ...this.toProblem(exception), instance: request.originalUrl?.split('?')[0] };
    response.status(body.status).type('application/problem+json').json(body);
  }

  private toProblem(exception: unknown): ProblemDetails {
    if (exception instanceof ProblemException) return exception.problem;
    if (exception instanceof WrongExpectedVersionError) {
      return generic(409, 'concurrent-change', 'Saken ble endret samtidig av en annen. Hent den på nytt og prøv igjen.');
    }
    if (exception instanceof InvalidAppendError) return generic(422, 'invalid-events');
    if (exception instanceof HttpException) {
      const status = exception.getStatus();
      const detail = status < 500 ? messageOf(exception.getResponse()) : undefined;
      return generic(status, slugFor(status), detail);
    }
    // body-parser's own errors (malformed JSON, too large) carry a client status.
    const status = (exception as { status?: unknown })?.status;
    if (typeof status === 'number' && status >= 400 && status < 500) return generic(status, slugFor(status));
    const kind = exception instanceof Error ? exception.name : typeof exception;
    this.logger.error(`unhandled ${kind}`, exception instanceof Error ? exception.stack?.split('\n').slice(1, 6).join('\n') : undefined);
    return generic(500, 'internal-error');
  }
}

/** The part of Express's response the filter uses. */
interface ProblemResponse {
  status(code: number): ProblemResponse;
  type(contentType: string): ProblemResponse;
  json(body: unknown): void;
}

function generic(status: number, slug: string, detail?: string): ProblemDetails {
  return { type: `${PROBLEM_TYPE_BASE}${slug}`, title: TITLES[status] ?? 'Feil', status, ...(detail ? { detail } : {}) };
}

function slugFor(status: number): string {
  return (TITLES[status] ? `http-${status}` : 'error');
}

function messageOf(response: string | object): string | undefined {
  if (typeof response === 'string') return response;
  const message = (response as { message?: unknown }).message;
  return typeof message === 'string' ? message : undefined;
}
