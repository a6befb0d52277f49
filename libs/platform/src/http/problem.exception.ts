import { HttpException } from '@nestjs/common';

/** One field that failed validation, named by its path in the request (e.g. `guardians[0].name`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/**
 * RFC 9457 problem details, without `instance`: that is filled in per request when rendered.
 * `title` and `detail` are shown to end users, so they are in Norwegian bokmål.
 */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail: string;
  /** Every bad field of a rejected request. */
  readonly errors?: readonly FieldProblem[];
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

export function problem(status: number, slug: string, title: string, detail: string, errors?: readonly FieldProblem[]): ProblemException {
  return new ProblemException({ type: `urn:stafett:problem:${slug}`, title, status, detail, ...(errors ? { errors } : {}) });
}
