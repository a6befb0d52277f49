import { NotInvestigatingError } from '../../../domain/report.refusals';
import { DecideReviewCommand } from '../decide-review/decide-review.command';
import { DecideReviewHandler } from '../decide-review/decide-review.handler';
import { intake, reportTestKit } from '../../testing/report-test-kit';
import { ConcludeInvestigationCommand } from './conclude-investigation.command';
import { ConcludeInvestigationHandler } from './conclude-investigation.handler';

describe('ConcludeInvestigationHandler', () => {
  it('refuses before an investigation is decided (409), and concludes one that runs', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    const handler = new ConcludeInvestigationHandler(kit.runner);
    const refused = handler.execute(new ConcludeInvestigationCommand(reportId, 'followed-up', kit.as(intake)));
    await expect(refused).rejects.toBeInstanceOf(NotInvestigatingError);
    await expect(refused).rejects.toMatchObject({ status: 409, code: 'not-investigating' });

    await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'investigate' }, kit.as(intake)));
    expect(await handler.execute(new ConcludeInvestigationCommand(reportId, 'followed-up', kit.as(intake)))).toEqual({ events: ['InvestigationConcluded'] });
  });
});
