import { Query } from '@nestjs/cqrs';
import type { Principal } from '@stafett/kernel';
import type { ReporterView } from './reporter-view';

/**
 * The caller's unit's own reports, newest first, with what the unit may know. Child welfare's full
 * view and the KS export are child-facing reads: the disclosure module's (libs/access).
 */
export class ListMyReportsQuery extends Query<{ reports: ReporterView[] }> {
  constructor(readonly principal: Principal) {
    super();
  }
}
