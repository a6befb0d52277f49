import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MunicipalityAccess } from '@stafett/auth';
import { toUtcInstant } from '@stafett/kernel';
import type { ReceiveReport } from '../../../domain/report.commands';
import type { ReportFiled } from '../file-report/file-report.command';
import { ksDocumentOf } from '../../ks-document';
import { ReportChildren } from '../../report-children';
import { ReportCommandRunner } from '../../report-command-runner';
import { reporterCategoryFor } from '../../report-reporter-category';
import { isChildWelfareServiceType, newReportId, reportRefusal } from '../../report-request';
import type { ReportRouting } from '../../report-routing';
import { RegisterReportCommand } from './register-report.command';

/**
 * Intake registers a report from a private person (KS privat) or the police (KS offentlig). The
 * children of an offentlig document come from its national ids (those not registered in Stafett
 * stay unidentified); a privat document has none, so intake names them (`childIds`, in the
 * document's order). The reporter category comes from the document's reporter, or from intake.
 */
@CommandHandler(RegisterReportCommand)
export class RegisterReportHandler implements ICommandHandler<RegisterReportCommand> {
  constructor(
    private readonly runner: ReportCommandRunner,
    private readonly documentChildren: ReportChildren,
    private readonly access: MunicipalityAccess,
  ) {}

  async execute({ input, caller }: RegisterReportCommand): Promise<ReportFiled> {
    const { principal, idempotencyKey } = caller;
    const now = this.runner.now();
    if (!isChildWelfareServiceType(principal.serviceType)) throw reportRefusal();
    const ks = ksDocumentOf(input.document);
    const kommunenummer = ks.document.kommunenummer;
    await this.access.assertMayActFor(principal, kommunenummer, now);
    const reporterKind = ks.variant === 'privat' ? 'private' : 'public';
    const reporterCategory = reporterCategoryFor(ks, input.reporterCategory, reporterKind);
    const { children, childIds } = await this.documentChildren.forRegistration(ks, input.childIds, principal, now);
    await this.documentChildren.assertHomeMunicipality(childIds, kommunenummer);

    const reportId = newReportId(principal, idempotencyKey);
    const routing: ReportRouting = { reportId, childIds, childWelfareUnitId: principal.unitId, childWelfareServiceType: principal.serviceType };
    const command: ReceiveReport = {
      type: 'ReceiveReport',
      reportId,
      reporterKind,
      reporterCategory,
      channel: { kind: 'intake', registeredBy: principal.practitionerId },
      receivedAt: input.receivedAt === undefined ? now.toISOString() : toUtcInstant(input.receivedAt),
      kommunenummer,
      children,
      content: { kind: 'ks', ...ks },
    };
    const events = await this.runner.run(command, routing, caller, now);
    return { reportId, events: events.map((event) => event.type) };
  }
}
