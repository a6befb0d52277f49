import { ForbiddenProblem } from '@stafett/auth';
import { intake, reportTestKit, SECRET } from '../../testing/report-test-kit';
import { RecordReceiptExemptionCommand } from './record-receipt-exemption.command';
import { RecordReceiptExemptionHandler } from './record-receipt-exemption.handler';

describe('RecordReceiptExemptionHandler', () => {
  it('records the exemption with its reason sealed', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received('private');
    const answer = await new RecordReceiptExemptionHandler(kit.runner).execute(new RecordReceiptExemptionCommand(reportId, 'special-reasons', SECRET, kit.as(intake)));

    expect(answer).toEqual({ events: ['ReceiptExemptionRecorded'] });
    const [, exemption] = await kit.stored(reportId);
    expect(JSON.stringify(exemption.data)).not.toContain(SECRET);
  });

  it('gives the unit that no longer serves the municipality the unknown report’s 403', async () => {
    const kit = reportTestKit({ mayActFor: false });
    const reportId = await kit.received('private');
    await expect(new RecordReceiptExemptionHandler(kit.runner).execute(new RecordReceiptExemptionCommand(reportId, 'special-reasons', SECRET, kit.as(intake)))).rejects.toBeInstanceOf(ForbiddenProblem);
  });
});
