import { Query } from '@nestjs/cqrs';
import type { AccessRequest } from '../../../infrastructure/child-access-log';
import type { AccessReport } from './access-report';

export interface AccessReportSettings {
  /** ACCESS_REPORT_SHOW_PERSONS=true: the report names the practitioner (by id) of every read. */
  readonly showPersons: boolean;
}

export const ACCESS_REPORT_SETTINGS = Symbol('ACCESS_REPORT_SETTINGS');

export function accessReportSettingsFromEnv(env: NodeJS.ProcessEnv): AccessReportSettings {
  return { showPersons: env.ACCESS_REPORT_SHOW_PERSONS === 'true' };
}

/** For whom the report is handed out: the guardians (the default), or the child from the consent age. */
export type AccessReportRecipient = 'guardians' | 'child';

/** The role that hands the report out: the municipality's privacy function. */
export const ACCESS_REPORT_ROLE = 'privacy-officer';

/** The access report of a child, handed out by the municipality's privacy function for the guardians or the child. */
export class ReadAccessReportQuery extends Query<AccessReport> {
  constructor(
    readonly childId: string,
    readonly recipient: AccessReportRecipient,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
