import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CHILD_ID } from '../../../organisation/src/application/children/child-request';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type NewEvent } from '@stafett/event-store';
import type { ConsentProvision } from '../../../access/src/timeline-entry';
import { osloTimestamp } from '../../../concern/src/application/concern-request';
import type { RecordConsent, WithdrawConsent, WithdrawnBy } from '../domain/consent.commands';
import { consentDecider, type ConsentOrganisation } from '../domain/consent.decide';
import { DEFAULT_SERVICE_TYPES } from '../../../organisation/src/config/service-types';
import type { OrganisationState } from '../../../organisation/src/domain/organisation.state';
import { OrganisationViewReader } from '../../../organisation/src/read-models/organisation-view/organisation-view.reader';
import { ConsentNotFoundError } from '../domain/consent.errors';
import type { ConsentEvent } from '../domain/consent.events';
import { consentStreamId, type ConsentForm, type ConsentRecorder, type ConsentRules, type GrantorRef, type Grantee } from '../domain/consent.values';
import { ConsentChild } from './consent-child';
import { ConsentLedger } from './consent-ledger';
import { CONSENT_CLOCK, CONSENT_RULES, eventMetadata, idFor, type ConsentCaller, type ConsentClock } from './consent-request';

export interface RecordConsentRequest {
  readonly grantors: readonly GrantorRef[];
  readonly missingPartyReason?: string;
  readonly grantees: readonly Grantee[];
  readonly decision: 'permit' | 'deny';
  readonly period: { readonly from: string; readonly to?: string };
  readonly provision: ConsentProvision;
  readonly form: ConsentForm;
}

export interface WithdrawConsentRequest {
  /** The grantor on whose behalf the practitioner records the withdrawal. */
  readonly onBehalfOf: GrantorRef;
}

const MAX_ATTEMPTS = 5;

/** Records and withdraws consents: access check, load, decide, append with the expected version. */
@Injectable()
export class ConsentCommands {
  private readonly ledger: ConsentLedger;

  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    dataSource: DataSource,
    private readonly child: ConsentChild,
    private readonly organisation: OrganisationViewReader,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CONSENT_CLOCK) private readonly clock: ConsentClock,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
  }

  async record(childId: string, request: RecordConsentRequest, caller: ConsentCaller): Promise<{ consentId: string }> {
    const now = this.clock.now();
    const { childId: id, registration, coordinates } = await this.child.accessible(childId, caller.principal, now);
    const consentId = idFor(caller, 'consent-id');
    const eventId = (index: number): string => idFor(caller, `consent-recorded:${consentId}`, index);
    const stored = await this.store.readStream(consentStreamId(consentId));
    if (caller.idempotencyKey && stored[0]?.id === eventId(0)) return { consentId }; // a retry that already succeeded
    const state = stored.reduce((s, e) => consentDecider.evolve(s, e as unknown as ConsentEvent), consentDecider.initialState());

    const command: RecordConsent = { type: 'RecordConsent', consentId, childId: id, ...request, actor: recorder(caller), at: osloTimestamp(now) };
    const context = { rules: this.rules, parties: await this.child.parties(id, registration), recorderCoordinates: coordinates, organisation: await this.organisationAnswers() };
    const events = consentDecider.decide(command, state, context);
    await this.store.append(consentStreamId(consentId), toStore(events, eventId, caller, id, now), 'no_stream');
    return { consentId };
  }

  private async organisationAnswers(): Promise<ConsentOrganisation> {
    return organisationAnswers(await this.organisation.current());
  }

  async withdraw(childId: string, givenConsentId: string, request: WithdrawConsentRequest, caller: ConsentCaller): Promise<{ consentId: string; withdrawnAt: string }> {
    const now = this.clock.now();
    const { childId: id, coordinates } = await this.child.accessible(childId, caller.principal, now);
    if (typeof givenConsentId !== 'string' || !CHILD_ID.test(givenConsentId)) throw new ConsentNotFoundError(String(givenConsentId));
    const consentId = givenConsentId.toLowerCase();
    const eventId = (index: number): string => idFor(caller, `consent-withdrawn:${consentId}`, index);
    for (let attempt = 1; ; attempt++) {
      const { state, version } = await this.ledger.stateOf(consentId);
      // A consent of another child is, seen from this child, a consent that does not exist.
      if (state.status !== 'recorded' || state.facts.childId !== id) throw new ConsentNotFoundError(consentId);
      if (caller.idempotencyKey && state.facts.withdrawnAt !== undefined) {
        const stored = await this.store.readStream(consentStreamId(consentId));
        if (stored.some((e) => e.id === eventId(0))) return { consentId, withdrawnAt: state.facts.withdrawnAt };
      }
      const withdrawnBy: WithdrawnBy = { kind: 'practitioner', onBehalfOf: request.onBehalfOf };
      const command: WithdrawConsent = { type: 'WithdrawConsent', consentId: state.facts.consentId, withdrawnBy, actor: recorder(caller), at: osloTimestamp(now) };
      const events = consentDecider.decide(command, state, { rules: this.rules, recorderCoordinates: coordinates });
      try {
        await this.store.append(consentStreamId(consentId), toStore(events, eventId, caller, id, now), version);
        return { consentId: state.facts.consentId, withdrawnAt: command.at };
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }
}

/** The organisation's answers for the decider: units and their service types, service types, practitioners' units. */
function organisationAnswers(state: OrganisationState): ConsentOrganisation {
  return {
    unitServiceType: (unitId) => state.units.get(unitId)?.serviceType,
    isServiceType: (code) => [...state.units.values()].some((unit) => unit.serviceType === code) || DEFAULT_SERVICE_TYPES.some((type) => type.code === code),
    practitionerUnit: (practitionerId) => state.practitioners.get(practitionerId)?.unitId,
  };
}

function recorder(caller: ConsentCaller): ConsentRecorder {
  const { practitionerId, unitId, serviceType } = caller.principal;
  return { practitionerId, unitId, serviceType };
}

function toStore(events: readonly ConsentEvent[], eventId: (index: number) => string, caller: ConsentCaller, childId: string, now: Date): NewEvent[] {
  const metadata = eventMetadata(caller, childId, now);
  return events.map((event, index) => ({ id: eventId(index), type: event.type, data: event.data, metadata }));
}
