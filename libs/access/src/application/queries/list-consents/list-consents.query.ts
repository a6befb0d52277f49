import { Query } from '@nestjs/cqrs';
import type { ConsentForm, ConsentProvision, Grantee, RecordedGrantor } from '@stafett/consent';
import type { AccessRequest } from '../../../infrastructure/child-access-log';

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

/** The child's consents as the caller may see them: all for the case's coordinator, otherwise those naming the caller's unit. */
export class ListConsentsQuery extends Query<{ childId: string; consents: ConsentListItem[] }> {
  constructor(
    readonly childId: string,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
