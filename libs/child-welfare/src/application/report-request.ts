import { uuidFrom } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import type { Principal } from '@stafett/auth';
import { ForbiddenProblem } from '@stafett/auth';
import { findServiceType, DEFAULT_SERVICE_TYPES } from '../../../organisation/src/config/service-types';

/** Who asks (from the verified token, never from the body), and the request id. */
export interface ReportActor {
  readonly principal: Principal;
  readonly correlationId?: string;
}

/** The server's clock: receipt and every decision are recorded at the server's time. */
export interface ReportClock {
  now(): Date;
}

export const REPORT_CLOCK = Symbol('REPORT_CLOCK');

export const systemReportClock: ReportClock = { now: () => new Date() };

/** The report id: from the Idempotency-Key when there is one, so a retried filing is the same report. */
export function newReportId(principal: Principal, idempotencyKey: string | undefined): string {
  return idempotencyKey ? uuidFrom(`report-id:${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
}

/** One answer for an unknown report and a report the caller may not see, so neither can be told apart. */
export const reportRefusal = (): ForbiddenProblem => new ForbiddenProblem('report unknown, or not for the caller');

export function isChildWelfareServiceType(serviceType: string): boolean {
  return findServiceType(DEFAULT_SERVICE_TYPES, serviceType)?.family === 'child-welfare';
}
