import type { ChildAccessPurpose } from '../../../organisation/src/application/children/child-access';
import type { DomainEvent } from '../../../organisation/src/domain/domain-event';

/**
 * A practitioner read a BTI case about the child, texts in clear. Stored in the child's access log
 * (`child-access-<childId>`) beside ChildDataRead, so one log shows the family every read about the child.
 */
export type ConcernCaseRead = DomainEvent<
  'ConcernCaseRead',
  {
    practitionerId: string;
    unitId: string;
    purpose: ChildAccessPurpose;
    caseId: string;
  }
>;
