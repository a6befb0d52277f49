import { DecideReviewCommand } from '../decide-review/decide-review.command';
import { DecideReviewHandler } from '../decide-review/decide-review.handler';
import { intake, reportTestKit, SECRET } from '../../testing/report-test-kit';
import { ExtendInvestigationCommand } from './extend-investigation.command';
import { ExtendInvestigationHandler } from './extend-investigation.handler';

describe('ExtendInvestigationHandler', () => {
  it('extends a running investigation once, the reason sealed; a retry with the same Idempotency-Key writes nothing new', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    await new DecideReviewHandler(kit.runner).execute(new DecideReviewCommand(reportId, { outcome: 'investigate' }, kit.as(intake)));
    const handler = new ExtendInvestigationHandler(kit.runner);
    const first = await handler.execute(new ExtendInvestigationCommand(reportId, SECRET, kit.as(intake, 'key-1')));
    const retry = await handler.execute(new ExtendInvestigationCommand(reportId, SECRET, kit.as(intake, 'key-1')));

    expect(first).toEqual({ events: ['InvestigationExtended'] });
    expect(retry).toEqual(first);
    const stored = await kit.stored(reportId);
    expect(stored.map((event) => event.type)).toEqual(['ReportReceived', 'ReviewDecided', 'InvestigationExtended']);
    expect(JSON.stringify(stored[2].data)).not.toContain(SECRET);
  });
});
