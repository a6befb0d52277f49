import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { osloTimestamp } from '../../../concern/src/application/concern-request';
import { DEFAULT_SERVICE_TYPES, findServiceType } from '../../../organisation/src/config/service-types';
import { decideGuardianHealth, guardianHealthStreamId, guardianHealthWithheld, type GuardianHealthCommand } from '../domain/guardian-health';
import type { ConsentRules } from '../domain/consent.values';
import { ConsentChild } from './consent-child';
import { CONSENT_CLOCK, CONSENT_RULES, eventMetadata, idFor, type ConsentCaller, type ConsentClock } from './consent-request';

/**
 * The child's wish that health information is not given to the guardians (pasient- og
 * brukerrettighetsloven § 3-4), recorded by a health service in one of the child's cases.
 */
@Injectable()
export class GuardianHealthRestrictions {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly child: ConsentChild,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CONSENT_CLOCK) private readonly clock: ConsentClock,
  ) {}

  async withhold(childId: string, caller: ConsentCaller): Promise<{ childId: string; withheld: boolean }> {
    return this.run('WithholdHealthInformationFromGuardians', childId, caller);
  }

  async release(childId: string, caller: ConsentCaller): Promise<{ childId: string; withheld: boolean }> {
    return this.run('ReleaseHealthInformationToGuardians', childId, caller);
  }

  /** Whether the guardians are to see nothing of the child's health services now. */
  async withheld(childId: string): Promise<boolean> {
    return guardianHealthWithheld(await this.store.readStream(guardianHealthStreamId(childId)));
  }

  private async run(type: GuardianHealthCommand['type'], childId: string, caller: ConsentCaller): Promise<{ childId: string; withheld: boolean }> {
    const now = this.clock.now();
    const { principal } = caller;
    const { childId: id, registration } = await this.child.accessible(childId, principal, now);
    const { childBirthDate } = await this.child.parties(id, registration);
    const stored = await this.store.readStream(guardianHealthStreamId(id));
    const withheld = guardianHealthWithheld(stored);
    const command: GuardianHealthCommand = { type, childId: id, actor: { practitionerId: principal.practitionerId, unitId: principal.unitId, serviceType: principal.serviceType }, at: osloTimestamp(now) };
    // accessible() has found the caller's unit in one of the child's cases; its family says whether it is a health service.
    const events = decideGuardianHealth(command, withheld, { rules: this.rules, childBirthDate, recorderIsHealthServiceOfChild: findServiceType(DEFAULT_SERVICE_TYPES, principal.serviceType)?.family === 'health' });
    if (events.length > 0) {
      const metadata = eventMetadata(caller, id, now);
      await this.store.append(guardianHealthStreamId(id), events.map((event, i) => ({ id: idFor(caller, `guardian-health:${id}:${type}`, i), ...event, metadata })), stored.at(-1)?.streamVersion ?? 'no_stream');
    }
    return { childId: id, withheld: type === 'WithholdHealthInformationFromGuardians' };
  }
}
