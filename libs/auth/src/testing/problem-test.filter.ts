import { Catch, type ArgumentsHost, type ExceptionFilter } from '@nestjs/common';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { ProblemException, renderProblem } from '@stafett/platform';

/** Stands in for the application's global problem+json filter, which apps/api owns. */
@Catch(ProblemException)
export class ProblemTestFilter implements ExceptionFilter {
  catch(exception: ProblemException, host: ArgumentsHost): void {
    const http = host.switchToHttp();
    renderProblem(exception, http.getRequest<IncomingMessage>(), http.getResponse<ServerResponse>());
  }
}
