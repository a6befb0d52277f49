import { randomUUID } from 'node:crypto';
import { ForbiddenProblem } from '@stafett/auth';
import { uuidFrom, type Principal } from '@stafett/kernel';
import { DEFAULT_SERVICE_TYPES, findServiceType } from '@stafett/organisation';

/** The report id: from the Idempotency-Key when there is one, so a retried filing is the same report. */
export function newReportId(principal: Principal, idempotencyKey: string | undefined): string {
  return idempotencyKey ? uuidFrom(`report-id:${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
}

/** One answer for an unknown report and a report the caller may not see, so neither can be told apart. */
export const reportRefusal = (): ForbiddenProblem => new ForbiddenProblem('report unknown, or not for the caller');

export function isChildWelfareServiceType(serviceType: string): boolean {
  return findServiceType(DEFAULT_SERVICE_TYPES, serviceType)?.family === 'child-welfare';
}
