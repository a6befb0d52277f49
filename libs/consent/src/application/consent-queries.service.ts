import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import type { ConsentProvision } from '../../../access/src/timeline-entry';
import { osloTimestamp } from '../../../concern/src/application/concern-request';
import { osloDate } from '../../../organisation/src/application/organisation-directory';
import { timingOf } from '../domain/consent-evaluation';
import type { ConsentForm, ConsentRules, Grantee, RecordedGrantor } from '../domain/consent.values';
import { ConsentRegisterReader, type ExpiringConsentItem } from '../read-models/consent-register/consent-register.reader';
import { ConsentChild } from './consent-child';
import { ConsentLedger } from './consent-ledger';
import { CONSENT_CLOCK, CONSENT_RULES, type ConsentCaller, type ConsentClock } from './consent-request';

export type ConsentStatus = 'in-force' | 'not-yet-valid' | 'expired' | 'withdrawn';

/** One consent as listed: positions and ids only, never a guardian's name or number. */
export interface ConsentListItem {
  readonly consentId: string;
  readonly status: ConsentStatus;
  readonly decision: 'permit' | 'deny';
  readonly period: { readonly from: string; readonly to?: string };
  readonly withdrawnAt?: string;
  readonly grantors: readonly RecordedGrantor[];
  readonly grantees: readonly Grantee[];
  readonly provision: ConsentProvision;
  readonly form: ConsentForm;
  readonly recordedAt: string;
}

@Injectable()
export class ConsentQueries {
  private readonly ledger: ConsentLedger;
  private readonly register: ConsentRegisterReader;

  constructor(
    @Inject(EVENT_STORE) store: EventStore,
    dataSource: DataSource,
    private readonly child: ConsentChild,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CONSENT_CLOCK) private readonly clock: ConsentClock,
  ) {
    this.ledger = new ConsentLedger(store, dataSource);
    this.register = new ConsentRegisterReader(dataSource);
  }

  /** The child's consents with their status at this moment (same access check as reading the child). */
  async list(childId: string, caller: ConsentCaller): Promise<ConsentListItem[]> {
    const now = this.clock.now();
    const { childId: id } = await this.child.accessible(childId, caller.principal, now);
    const at = osloTimestamp(now);
    return (await this.ledger.recordedStatesFor(id)).map(({ facts, grantors, form, recordedAt }) => ({
      consentId: facts.consentId,
      status: timingOf(facts, at),
      decision: facts.decision,
      period: facts.period,
      ...(facts.withdrawnAt === undefined ? {} : { withdrawnAt: facts.withdrawnAt }),
      grantors,
      grantees: facts.grantees,
      provision: facts.provision,
      form,
      recordedAt,
    }));
  }

  /** Consents about to expire for the children of the caller's cases as stafettholder. */
  async expiringForStafettholder(caller: ConsentCaller, withinDays?: number): Promise<{ today: string; withinDays: number; items: ExpiringConsentItem[] }> {
    const today = osloDate(this.clock.now());
    const days = withinDays ?? this.rules.expiryWarningDays;
    return { today, withinDays: days, items: await this.register.expiringForStafettholder(caller.principal.practitionerId, today, days) };
  }
}
