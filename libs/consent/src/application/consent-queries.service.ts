import { osloDate } from '@stafett/kernel';
import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { ConsentProvision } from '../../../access/src/timeline-entry';
import type { ConsentForm, ConsentRules, Grantee, RecordedGrantor } from '../domain/consent.values';
import { ConsentRegisterReader, type ExpiringConsentItem } from '../read-models/consent-register/consent-register.reader';
import { CONSENT_CLOCK, CONSENT_RULES, type ConsentCaller, type ConsentClock } from './consent-request';

export type ConsentStatus = 'in-force' | 'not-yet-valid' | 'expired' | 'withdrawn';

/** One consent as listed (libs/access/src/disclosure/consents): positions and ids only, never a guardian's name or number. */
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
  private readonly register: ConsentRegisterReader;

  constructor(
    dataSource: DataSource,
    @Inject(CONSENT_RULES) private readonly rules: ConsentRules,
    @Inject(CONSENT_CLOCK) private readonly clock: ConsentClock,
  ) {
    this.register = new ConsentRegisterReader(dataSource);
  }

  /** Consents about to expire for the children of the caller's cases as stafettholder. */
  async expiringForStafettholder(caller: ConsentCaller, withinDays?: number): Promise<{ today: string; withinDays: number; items: ExpiringConsentItem[] }> {
    const today = osloDate(this.clock.now());
    const days = withinDays ?? this.rules.expiryWarningDays;
    return { today, withinDays: days, items: await this.register.expiringForStafettholder(caller.principal.practitionerId, today, days) };
  }
}
