import { Query } from '@nestjs/cqrs';
import type { BekymringsmeldingV2 } from '@stafett/child-welfare';
import type { AccessRequest } from '../../../infrastructure/child-access-log';

/** A report as a KS Fiks v2 document, for child welfare of the unit that received it. */
export class ExportReportQuery extends Query<BekymringsmeldingV2> {
  constructor(
    readonly reportId: string,
    readonly request: AccessRequest,
  ) {
    super();
  }
}
