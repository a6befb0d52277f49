import { Query } from '@nestjs/cqrs';
import type { AccessPurpose } from '../../../domain/timeline-entry';
import type { AccessRequest } from '../../../infrastructure/child-access-log';
import type { EntryView } from '../../decided-entries';

export interface TimelineView {
  readonly childId: string;
  readonly purpose: AccessPurpose;
  /** The moment the consents were judged at. */
  readonly readAt: string;
  /** In time order; hidden entries are left out without a trace. */
  readonly entries: readonly EntryView[];
}

/** The child's cross-service timeline for one viewer and a stated purpose (checked by the handler). */
export class ReadTimelineQuery extends Query<TimelineView> {
  constructor(
    readonly childId: string,
    readonly purpose: unknown,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
