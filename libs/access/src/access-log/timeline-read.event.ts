import type { DomainEvent } from '@stafett/organisation/domain/domain-event';
import type { AccessPurpose } from '../timeline-entry';

/**
 * A practitioner read the child's timeline and was shown the content of these entries. Stored in
 * the child's access log (`child-access-<childId>`) beside ChildDataRead and ConcernCaseRead, and
 * appended before the content is handed out: if recording fails, nothing is shown. Only entries
 * shown in full are listed; a redacted entry reveals no content.
 */
export type TimelineRead = DomainEvent<
  'TimelineRead',
  {
    practitionerId: string;
    unitId: string;
    purpose: AccessPurpose;
    shownEntryIds: string[];
  }
>;
