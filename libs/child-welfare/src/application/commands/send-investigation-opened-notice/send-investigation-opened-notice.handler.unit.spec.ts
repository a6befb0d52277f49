import { PublicReporterOnlyError } from '../../../domain/report.refusals';
import { DecideReviewCommand } from '../decide-review/decide-review.command';
import { DecideReviewHandler } from '../decide-review/decide-review.handler';
import { intake, reportTestKit } from '../../testing/report-test-kit';
import { SendInvestigationOpenedNoticeCommand } from './send-investigation-opened-notice.command';
import { SendInvestigationOpenedNoticeHandler } from './send-investigation-opened-notice.handler';

describe('SendInvestigationOpenedNoticeHandler', () => {
  it('tells a public reporter that an investigation was opened', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'investigate' }, kit.as(intake)));

    expect(await new SendInvestigationOpenedNoticeHandler(kit.runner).execute(new SendInvestigationOpenedNoticeCommand(reportId, kit.as(intake)))).toEqual({ events: ['InvestigationOpenedNoticeSent'] });
    expect((await kit.stored(reportId))[2].data).toMatchObject({ investigationOpened: true });
  });

  it('tells a private reporter nothing', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received('private');
    await expect(new SendInvestigationOpenedNoticeHandler(kit.runner).execute(new SendInvestigationOpenedNoticeCommand(reportId, kit.as(intake)))).rejects.toBeInstanceOf(PublicReporterOnlyError);
  });
});
