import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { childAccessStreamId } from '@stafett/organisation/application/children/child-access';
import { OrganisationViewReader } from '@stafett/organisation/read-models/organisation-view/organisation-view.reader';
import { ServedChildGate, type ChildGate } from '../timeline/served-child.gate';
import { ACCESS_CLOCK, type AccessClock } from '../timeline/timeline.ports';
import { buildAccessReport, type AccessReport } from './access-report';

export interface AccessReportSettings {
  /** ACCESS_REPORT_SHOW_PERSONS=true: the report names the practitioner (by id) of every read. */
  readonly showPersons: boolean;
}

export const ACCESS_REPORT_SETTINGS = Symbol('ACCESS_REPORT_SETTINGS');

export function accessReportSettingsFromEnv(env: NodeJS.ProcessEnv): AccessReportSettings {
  return { showPersons: env.ACCESS_REPORT_SHOW_PERSONS === 'true' };
}

/**
 * The guardians' access report (issue 5 item 5), from the child's access log.
 *
 * Who may ask: for now a practitioner of a unit that serves the child's home municipality (same 403
 * as an unknown child), who prints it for the family. Guardians have no login yet.
 * TODO(guardian-login): let guardians (ID-porten) fetch their own child's report.
 *
 * Reading the report is not itself logged as a read of the child: it shows dates, purposes and
 * services, no content about the child, and logging it would fill the family's report with itself.
 */
@Injectable()
export class ReadAccessReportHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    @Inject(ServedChildGate) private readonly gate: ChildGate,
    private readonly organisation: OrganisationViewReader,
    @Inject(ACCESS_REPORT_SETTINGS) private readonly settings: AccessReportSettings,
    @Inject(ACCESS_CLOCK) private readonly clock: AccessClock,
  ) {}

  async execute(childId: string, principal: Principal): Promise<AccessReport> {
    const now = this.clock.now();
    const id = await this.gate.assertServed(principal, childId, now);
    const [log, organisation] = await Promise.all([this.store.readStream(childAccessStreamId(id)), this.organisation.current()]);
    return buildAccessReport(id, log, now.toISOString(), {
      showPersons: this.settings.showPersons,
      unitOf: (unitId) => organisation.units.get(unitId),
    });
  }
}
