import type { DataSource } from 'typeorm';
import type { ConsentFacts } from '../../domain/consent-vocabulary';

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
   * Consents not withdrawn whose period ends within `withinDays` of `today`, for the children of the
   * given cases (the open cases a stafettholder holds, as concern answers them), each with the ids of
   * those of the cases that are about its child.
   */
  async expiringFor(cases: ReadonlyArray<{ readonly caseId: string; readonly childId: string }>, today: string, withinDays: number): Promise<ExpiringConsentItem[]> {
    if (cases.length === 0) return [];
    const childIds = [...new Set(cases.map((c) => c.childId.toLowerCase()))];
    const rows: Array<{ consent_id: string; child_id: string; valid_to: string; days_left: number }> = await this.dataSource.query(
      `SELECT consent_id::text, child_id::text, to_char(valid_to, 'YYYY-MM-DD') AS valid_to, (valid_to - $2::date)::int AS days_left
         FROM consent_register
        WHERE child_id::text = ANY($1::text[])
          AND withdrawn_at IS NULL
          AND valid_to > $2::date AND valid_to <= $2::date + $3::int
        ORDER BY valid_to, consent_id`,
      [childIds, today, withinDays],
    );
    return rows.map((r) => ({
      consentId: r.consent_id,
      childId: r.child_id,
      caseIds: cases.filter((c) => c.childId.toLowerCase() === r.child_id).map((c) => c.caseId),
      validTo: r.valid_to,
      daysLeft: r.days_left,
    }));
  }
}
