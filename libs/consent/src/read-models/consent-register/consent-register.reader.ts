import type { DataSource } from 'typeorm';
import type { ConsentFacts } from '../../../../access/src/timeline-entry';

export interface ExpiringConsentItem {
  readonly consentId: string;
  readonly childId: string;
  readonly caseIds: readonly string[];
  /** The first day the consent no longer covers. */
  readonly validTo: string;
  readonly daysLeft: number;
}

/**
 * Reads the consent register. Eventually consistent: a consent shows up once the projection has
 * applied it. Built from the DataSource alone (no Nest decorator), so that any module can use it.
 */
export class ConsentRegisterReader {
  constructor(private readonly dataSource: DataSource) {}

  /** Every consent recorded for the child, oldest first, withdrawn and expired ones included. */
  async consentsFor(childId: string): Promise<ConsentFacts[]> {
    const rows: Array<{ facts: ConsentFacts }> = await this.dataSource.query(
      `SELECT facts FROM consent_register WHERE child_id = $1::uuid ORDER BY recorded_at, consent_id`,
      [childId.toLowerCase()],
    );
    return rows.map((row) => row.facts);
  }

  /**
   * Consents not withdrawn whose period ends within `withinDays` of `today`, for children of the open
   * cases in which this practitioner is stafettholder.
   */
  async expiringForStafettholder(practitionerId: string, today: string, withinDays: number): Promise<ExpiringConsentItem[]> {
    const rows: Array<{ consent_id: string; child_id: string; case_ids: string[]; valid_to: string; days_left: number }> = await this.dataSource.query(
      `SELECT cr.consent_id::text, cr.child_id::text, array_agg(cw.case_id ORDER BY cw.case_id) AS case_ids,
              to_char(cr.valid_to, 'YYYY-MM-DD') AS valid_to, (cr.valid_to - $2::date)::int AS days_left
         FROM consent_register cr
         JOIN case_worklist cw ON lower(cw.child_id) = cr.child_id::text
        WHERE cw.stafettholder_practitioner = $1 AND cw.status = 'open'
          AND cr.withdrawn_at IS NULL
          AND cr.valid_to > $2::date AND cr.valid_to <= $2::date + $3::int
        GROUP BY cr.consent_id, cr.child_id, cr.valid_to
        ORDER BY cr.valid_to, cr.consent_id`,
      [practitionerId, today, withinDays],
    );
    return rows.map((r) => ({ consentId: r.consent_id, childId: r.child_id, caseIds: r.case_ids, validTo: r.valid_to, daysLeft: r.days_left }));
  }
}
