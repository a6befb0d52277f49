import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import { evolveReportClock, REPORT_CLOCK_PROJECTION, reportIdOf, type ReportClockRow, type ReportClockState } from './report-clock.row';

/**
 * The report clock (issue 6): per report of concern, the structural state the statutory clock
 * needs. Per batch: load the touched rows, evolve them event by event (skipping versions already
 * applied), write them back; loading first makes the result independent of the batching.
 */
export class ReportClockProjection implements Projection {
  readonly name = REPORT_CLOCK_PROJECTION;
  readonly tables = ['report_clock'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((event) => reportIdOf(event) !== undefined);
    if (mine.length === 0) return;
    const rows = await this.load([...new Set(mine.map((event) => reportIdOf(event) as string))], manager);
    const touched = new Set<string>();
    for (const event of mine) {
      const reportId = reportIdOf(event) as string;
      const before = rows.get(reportId);
      const after = evolveReportClock(before, event);
      if (after && after !== before) {
        rows.set(reportId, after);
        touched.add(reportId);
      }
    }
    if (touched.size > 0) await this.save([...touched].map((id) => rows.get(id) as ReportClockRow), manager);
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE report_clock');
  }

  private async load(reportIds: readonly string[], manager: EntityManager): Promise<Map<string, ReportClockRow>> {
    const stored: Array<{ report_id: string; state: ReportClockState; settled: boolean; version: string }> = await manager.query(
      'SELECT report_id, state, settled, version::text AS version FROM report_clock WHERE report_id = ANY($1::text[]) FOR UPDATE',
      [reportIds],
    );
    return new Map(stored.map((row) => [row.report_id, { state: row.state, settled: row.settled, version: BigInt(row.version) }]));
  }

  private async save(rows: readonly ReportClockRow[], manager: EntityManager): Promise<void> {
    const records = rows.map(({ state, settled, version }) => ({
      report_id: state.reportId,
      kommunenummer: state.kommunenummer,
      reporter_category: state.reporterCategory,
      reporter_kind: state.reporterKind,
      received_at: state.receivedAt,
      state,
      settled,
      version: version.toString(),
    }));
    await manager.query(
      `INSERT INTO report_clock
       SELECT * FROM jsonb_populate_recordset(NULL::report_clock, $1::jsonb)
       ON CONFLICT (report_id) DO UPDATE SET
         kommunenummer = excluded.kommunenummer, reporter_category = excluded.reporter_category,
         reporter_kind = excluded.reporter_kind, received_at = excluded.received_at,
         state = excluded.state, settled = excluded.settled, version = excluded.version`,
      [JSON.stringify(records)],
    );
  }
}
