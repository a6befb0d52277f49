import { ReceiptAlreadyHandledError } from '../../../domain/report.refusals';
import { intake, reportTestKit } from '../../testing/report-test-kit';
import { SendReceiptConfirmationCommand } from './send-receipt-confirmation.command';
import { SendReceiptConfirmationHandler } from './send-receipt-confirmation.handler';

describe('SendReceiptConfirmationHandler', () => {
  it('confirms receipt to the reporter once', async () => {
    const kit = reportTestKit();
    const reportId = await kit.received();
    const handler = new SendReceiptConfirmationHandler(kit.runner);

    expect(await handler.execute(new SendReceiptConfirmationCommand(reportId, kit.as(intake)))).toEqual({ events: ['ReceiptConfirmationSent'] });
    await expect(handler.execute(new SendReceiptConfirmationCommand(reportId, kit.as(intake)))).rejects.toBeInstanceOf(ReceiptAlreadyHandledError);
  });
});
