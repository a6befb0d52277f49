import { ForbiddenProblem } from '@stafett/auth';

/** The same 403 for every "no": not a child-welfare unit, or a municipality it does not serve. */
export const intakeRefusal = (): ForbiddenProblem => new ForbiddenProblem('not a child-welfare unit serving the municipality');
