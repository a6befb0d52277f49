import { Inject } from '@nestjs/common';
import { QueryHandler, type IQueryHandler } from '@nestjs/cqrs';
import { CLOCK, isUuid, osloDate, type Clock } from '@stafett/kernel';
import { ForbiddenProblem, MunicipalityAccess, type Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { ageOn, CONSENT_RULES, ConsentChild, GuardianHealthRestrictions, type ConsentRules } from '@stafett/consent';
import { childAccessStreamId, childDecider, childStreamId, type ChildEvent, type ChildRegistered, OrganisationViewReader } from '@stafett/organisation';
import { buildAccessReport, type AccessReport } from './access-report';
import { AccessReportChildTooYoungError } from '../../../domain/access.refusals';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import { ACCESS_REPORT_ROLE, ACCESS_REPORT_SETTINGS, ReadAccessReportQuery, type AccessReportSettings } from './read-access-report.query';

/**
 * The guardians' access report (GDPR art. 15; issue 10 item 5). It is theirs, and the child's from
 * the configured consent age: staff fetch it only with the designated role (the municipality's
 * privacy function handling the family's request), for a child of a municipality their unit serves.
 * It lists every read of the child, child welfare's reads and exports of reports included. While the
 * child has asked that health information is kept from the guardians (§ 3-4), the guardians' copy
 * leaves out the health services' reads. Handing it out is itself recorded.
 */
@QueryHandler(ReadAccessReportQuery)
export class ReadAccessReportHandler implements IQueryHandler<ReadAccessReportQuery> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly access: MunicipalityAccess,
    private readonly organisation: OrganisationViewReader,
    private readonly child: ConsentChild,
    private readonly restrictions: GuardianHealthRestrictions,
    private readonly accessLog: ChildAccessLog,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(ACCESS_REPORT_SETTINGS) private readonly settings: AccessReportSettings,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ childId, recipient, request }: ReadAccessReportQuery): Promise<AccessReport> {
    const now = this.clock.now();
    const { principal } = request;
    const registration = await this.servedChild(principal, childId, now);
    const id = registration.childId.toLowerCase();
    if (recipient === 'child') await this.requireChildOfAge(id, registration, now);
    const [log, organisation, withheld] = await Promise.all([this.store.readStream(childAccessStreamId(id)), this.organisation.current(), this.restrictions.withheld(id)]);
    const at = now.toISOString();
    await this.accessLog.record(id, { type: 'AccessReportRead', data: { practitionerId: principal.practitionerId, unitId: principal.unitId, requestedFor: recipient } }, request, at);
    return buildAccessReport(id, log, at, {
      showPersons: this.settings.showPersons,
      unitOf: (unitId) => organisation.units.get(unitId),
      withholdHealth: recipient === 'guardians' && withheld,
    });
  }

  /** The one 403 for a caller without the role, an unknown child, and a child of a municipality the unit does not serve. */
  private async servedChild(principal: Principal, childId: string, now: Date): Promise<ChildRegistered['data']> {
    const refusal = (): ForbiddenProblem => new ForbiddenProblem('not the privacy function of the child’s municipality, or the child is unknown');
    if (!principal.roles.includes(ACCESS_REPORT_ROLE) || !isUuid(childId)) throw refusal();
    const events = await this.store.readStream(childStreamId(childId.toLowerCase()));
    const state = events.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());
    if (state.status !== 'registered' || !(await this.access.mayActFor(principal, state.homeMunicipality, now))) throw refusal();
    return (events.find((e) => e.type === 'ChildRegistered') as unknown as ChildRegistered).data;
  }

  private async requireChildOfAge(childId: string, registration: ChildRegistered['data'], now: Date): Promise<void> {
    const { childBirthDate } = await this.child.parties(childId, registration);
    const today = osloDate(now);
    if (childBirthDate === undefined || ageOn(childBirthDate, today) < this.rules.childConsentAge) throw new AccessReportChildTooYoungError(this.rules.childConsentAge);
  }
}
