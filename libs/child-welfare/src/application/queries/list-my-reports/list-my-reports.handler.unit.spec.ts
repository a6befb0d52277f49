import type { DataSource } from 'typeorm';
import { DecideReviewCommand } from '../../commands/decide-review/decide-review.command';
import { DecideReviewHandler } from '../../commands/decide-review/decide-review.handler';
import { SendInvestigationOpenedNoticeCommand } from '../../commands/send-investigation-opened-notice/send-investigation-opened-notice.command';
import { SendInvestigationOpenedNoticeHandler } from '../../commands/send-investigation-opened-notice/send-investigation-opened-notice.handler';
import { reportStreamId } from '../../report-routing';
import { CHILD_ID, intake, nurse, reportTestKit, SECRET } from '../../testing/report-test-kit';
import { ListMyReportsQuery } from './list-my-reports.query';
import { ListMyReportsHandler } from './list-my-reports.handler';

/** The stream catalogue (a projection on PostgreSQL) answering with the given report streams. */
const catalogue = (reportIds: string[]) => {
  const rows = reportIds.map((id) => ({ stream_id: reportStreamId(id), stream_type: 'report', version: '1', event_count: '1', last_event_type: 'ReportReceived' }));
  // One page: the first call (no `afterStreamId`, parameter $3) answers the rows, the next none.
  return { query: async (_sql: string, params: unknown[]) => (params[2] === null ? rows : []) } as unknown as DataSource;
};

describe('ListMyReportsHandler', () => {
  it('lists the reporter unit’s own reports with what child welfare has told it, and nothing of another unit’s', async () => {
    const kit = reportTestKit();
    const ours = await kit.received();
    await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(ours, { outcome: 'investigate' }, kit.as(intake)));
    await new SendInvestigationOpenedNoticeHandler(kit.runner).execute(new SendInvestigationOpenedNoticeCommand(ours, kit.as(intake)));
    const handler = new ListMyReportsHandler(kit.reports, catalogue([ours]), kit.store);

    const { reports } = await handler.execute(new ListMyReportsQuery(nurse));
    expect(reports).toEqual([expect.objectContaining({ reportId: ours, childIds: [CHILD_ID], status: 'investigation-opened', statusNb: 'Undersøkelse er åpnet' })]);
    expect(JSON.stringify(reports)).not.toContain(SECRET);
    expect(await handler.execute(new ListMyReportsQuery({ ...nurse, unitId: 'another-unit' }))).toEqual({ reports: [] });
  });
});
