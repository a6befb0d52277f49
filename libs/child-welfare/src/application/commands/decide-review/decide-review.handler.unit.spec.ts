import { ForbiddenProblem } from '@stafett/auth';
import { intake, otherChildWelfare, reportTestKit, SECRET } from '../../testing/report-test-kit';
import { DecideReviewCommand } from './decide-review.command';
import { DecideReviewHandler } from './decide-review.handler';

describe('DecideReviewHandler', () => {
  it('records the review with its written reason sealed', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    const answer = await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'dismiss', reason: SECRET }, kit.as(intake)));

    expect(answer).toEqual({ events: ['ReviewDecided'] });
    const [, review] = await kit.stored(reportId);
    expect(JSON.stringify(review.data)).not.toContain(SECRET);
    expect((await kit.reports.load(reportId)).state).toMatchObject({ phase: 'dismissed', review: { decision: { outcome: 'dismiss', reason: SECRET } } });
  });

  it('gives another child-welfare unit the unknown report’s 403', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    await expect(new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'investigate' }, kit.as(otherChildWelfare)))).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(await kit.stored(reportId)).toHaveLength(1);
  });
});
