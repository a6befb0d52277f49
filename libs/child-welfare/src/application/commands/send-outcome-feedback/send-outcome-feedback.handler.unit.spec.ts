import { InvestigationNotConcludedError } from '../../../domain/report.refusals';
import { ConcludeInvestigationCommand } from '../conclude-investigation/conclude-investigation.command';
import { ConcludeInvestigationHandler } from '../conclude-investigation/conclude-investigation.handler';
import { DecideReviewCommand } from '../decide-review/decide-review.command';
import { DecideReviewHandler } from '../decide-review/decide-review.handler';
import { intake, reportTestKit } from '../../testing/report-test-kit';
import { SendOutcomeFeedbackCommand } from './send-outcome-feedback.command';
import { SendOutcomeFeedbackHandler } from './send-outcome-feedback.handler';

describe('SendOutcomeFeedbackHandler', () => {
  it('tells a public reporter the outcome once the investigation is concluded', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    const handler = new SendOutcomeFeedbackHandler(kit.runner);
    await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'investigate' }, kit.as(intake)));
    await expect(handler.execute(new SendOutcomeFeedbackCommand(reportId, kit.as(intake)))).rejects.toBeInstanceOf(InvestigationNotConcludedError);

    await new ConcludeInvestigationHandler(kit.runner).execute(new ConcludeInvestigationCommand(reportId, 'closed', kit.as(intake)));
    expect(await handler.execute(new SendOutcomeFeedbackCommand(reportId, kit.as(intake)))).toEqual({ events: ['OutcomeFeedbackSent'] });
    expect((await kit.stored(reportId)).at(-1)?.data).toMatchObject({ outcome: 'closed' });
  });
});
