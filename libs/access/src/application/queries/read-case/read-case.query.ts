import { Query } from '@nestjs/cqrs';
import type { MeasureState, PractitionerRef, ServiceRef } from '@stafett/concern';
import type { ChildAccessPurpose } from '@stafett/organisation';
import type { AccessRequest } from '../../../infrastructure/child-access-log';
import type { EntryView } from '../../decided-entries';

/** Who coordinates the case: shown only when the policy shows the case's coordination to the viewer. */
export interface CaseCoordination {
  readonly level: number;
  readonly owningUnit: ServiceRef;
  readonly decisionDueOn: string;
  readonly stafettholder?: PractitionerRef;
  readonly pendingHandover?: { readonly from: PractitionerRef; readonly to: PractitionerRef };
  readonly stafettloggOpen: boolean;
  readonly participants: readonly ServiceRef[];
}

/** A BTI case as one viewer may see it, now, for the stated purpose (issue 10 item 1). */
export interface CaseView {
  readonly caseId: string;
  readonly childId: string;
  readonly status: 'open' | 'closed';
  readonly purpose: ChildAccessPurpose;
  readonly readAt: string;
  readonly coordination?: CaseCoordination;
  /** Each measure whose registration the policy shows the viewer. */
  readonly measures: ReadonlyArray<{ measureId: string } & MeasureState>;
  /** The case's history as the policy decided it: shown (with content), redacted, or left out. */
  readonly entries: readonly EntryView[];
}

/** One BTI case for a unit in it, for a stated purpose (checked by the handler). */
export class ReadCaseQuery extends Query<CaseView> {
  constructor(
    readonly caseId: string,
    readonly purpose: unknown,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
