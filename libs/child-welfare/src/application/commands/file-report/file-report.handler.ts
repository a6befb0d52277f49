import { MunicipalityAccess } from '@stafett/auth';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { ConcernCommands } from '@stafett/concern';
import type { ReceiveReport } from '../../../domain/report.commands';
import { notKsDocument, ksDocumentOf } from '../../ks-document';
import { ReportChildren } from '../../report-children';
import { ReportCommandRunner } from '../../report-command-runner';
import { newReportId } from '../../report-request';
import { reporterCategoryOfServiceType, type ReportRouting } from '../../report-routing';
import { FileReportCommand, type ReportFiled } from './file-report.command';
import { FilingRecipients } from './filing-recipients';

/**
 * The children are those the document names (its national ids); a `childId` beside it must be that
 * one child. The report goes to the child-welfare service of the document's municipality.
 */
@CommandHandler(FileReportCommand)
export class FileReportHandler implements ICommandHandler<FileReportCommand> {
  constructor(
    private readonly runner: ReportCommandRunner,
    private readonly documentChildren: ReportChildren,
    private readonly recipients: FilingRecipients,
    private readonly access: MunicipalityAccess,
    private readonly concerns: ConcernCommands,
  ) {}

  async execute({ input, caller }: FileReportCommand): Promise<ReportFiled> {
    const { principal, idempotencyKey } = caller;
    const now = this.runner.now();
    const ks = ksDocumentOf(input.document);
    if (ks.variant !== 'offentlig') throw notKsDocument([{ path: '', keyword: 'variant', message: 'a unit files a public reporter’s report (offentligMelder/offentligBarn)' }]);
    const { document } = ks;
    const { children, childIds } = await this.documentChildren.fromDocument(document.offentligBarn, principal, now, { required: true, childId: input.childId });
    await this.access.assertMayActFor(principal, document.kommunenummer, now);
    await this.documentChildren.assertHomeMunicipality(childIds, document.kommunenummer);
    const caseId = input.caseId === undefined ? undefined : await this.recipients.caseOfChild(input.caseId, childIds, principal);

    const reportId = newReportId(principal, idempotencyKey);
    const childWelfare = await this.recipients.childWelfareUnitFor(document.kommunenummer, now);
    const routing: ReportRouting = {
      reportId,
      childIds,
      childWelfareUnitId: childWelfare.unitId,
      childWelfareServiceType: childWelfare.serviceType,
      reporterUnitId: principal.unitId,
      ...(caseId ? { concernCaseId: caseId } : {}),
    };
    const command: ReceiveReport = {
      type: 'ReceiveReport',
      reportId,
      reporterKind: 'public',
      // The reporter is the caller's unit: its service type is its category.
      reporterCategory: reporterCategoryOfServiceType(principal.serviceType),
      channel: { kind: 'service-unit', unitId: principal.unitId },
      receivedAt: now.toISOString(),
      kommunenummer: document.kommunenummer,
      children,
      content: { kind: 'ks', variant: 'offentlig', document },
    };
    const events = await this.runner.run(command, routing, caller, now);
    if (caseId) {
      await this.concerns.execute({ type: 'LinkReportToChildWelfare', caseId, reportId }, caller, idempotencyKey ? `${idempotencyKey}:link-report` : undefined);
    }
    return { reportId, events: events.map((event) => event.type) };
  }
}
