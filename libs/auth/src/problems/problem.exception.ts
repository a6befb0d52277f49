import { HttpException } from '@nestjs/common';

/** RFC 9457 problem details, without `instance`: that is filled in per request when rendered. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
}

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/**
 * An HttpException whose response is a problem body, plus the headers the response must carry
 * (e.g. WWW-Authenticate). A global filter renders it with {@link renderProblem}.
 *
 * `reason` is for the server log only. It never reaches the client, so that the client cannot
 * tell, say, an unknown child from a child it may not see.
 */
export class ProblemException extends HttpException {
  constructor(
    readonly problem: ProblemDetails,
    readonly headers: Readonly<Record<string, string>> = {},
    readonly reason?: string,
  ) {
    super({ ...problem }, problem.status);
  }
}
