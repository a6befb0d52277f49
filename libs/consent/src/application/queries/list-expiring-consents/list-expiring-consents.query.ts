import { Query } from '@nestjs/cqrs';
import type { ExpiringConsentItem } from '../../../read-models/consent-register/consent-register.reader';

export interface ExpiringConsents {
  readonly today: string;
  readonly withinDays: number;
  readonly items: readonly ExpiringConsentItem[];
}

/** Consents about to expire for the children of the open cases a stafettholder holds (default window: the rules' warning days). */
export class ListExpiringConsentsQuery extends Query<ExpiringConsents> {
  constructor(
    readonly practitionerId: string,
    readonly withinDays?: number,
  ) {
    super();
  }
}
