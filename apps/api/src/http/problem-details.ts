import { HttpException } from '@nestjs/common';

/** One field that failed validation, named by its path in the request (e.g. `guardians[0].name`). */
export interface FieldProblem {
  readonly field: string;
  readonly message: string;
}

/** RFC 9457 problem details. `title` and `detail` are shown to end users, so they are in Norwegian. */
export interface ProblemDetails {
  readonly type: string;
  readonly title: string;
  readonly status: number;
  readonly detail?: string;
  readonly instance?: string;
  readonly errors?: readonly FieldProblem[];
  readonly [extension: string]: unknown;
}

export const PROBLEM_TYPE_BASE = 'https://stafett.no/problems/';

export class ProblemException extends HttpException {
  constructor(readonly problem: ProblemDetails) {
    super(problem, problem.status);
  }
}

export function problem(status: number, slug: string, title: string, detail?: string, extra: Partial<ProblemDetails> = {}): ProblemException {
  return new ProblemException({ type: `${PROBLEM_TYPE_BASE}${slug}`, title, status, detail, ...extra });
}
