import { uuidFrom, osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess, type Principal } from '@stafett/auth';
import { WrongExpectedVersionError } from '@stafett/event-store';
import { ChildKeyNotFoundError } from '@stafett/identity';
import { problem } from '@stafett/platform/http/problem.exception';
import { ajvProblem } from '@stafett/platform/http/validation/messages';
import { toUtcInstant } from '@stafett/kernel';
import { ConcernCaseStore } from '../../../concern/src/application/concern-case.store';
import { ConcernCommands } from '../../../concern/src/application/concern-commands.service';
import { mayTakePartIn } from '../../../concern/src/application/concern-participation';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { InvalidCommandError } from '@stafett/kernel';
import { unitServesMunicipality } from '../../../organisation/src/domain/organisation.queries';
import { OrganisationViewReader } from '../../../organisation/src/read-models/organisation-view/organisation-view.reader';
import type { ReportCommand, ReportChild, ReceiveReport } from '../domain/report.commands';
import { decideReport } from '../domain/report.decide';
import type { ReportEvent } from '../domain/report.events';
import { importBekymringsmelding } from '../format/bekymringsmelding.exchange';
import type { SchemaProblem } from '../format/bekymringsmelding.validator';
import { ReportChildren } from './report-children';
import { reporterCategoryFor } from './report-reporter-category';
import type { ReportContent } from './report-content';
import { isChildWelfareServiceType, newReportId, REPORT_CLOCK, reportRefusal, type ReportActor, type ReportClock } from './report-request';
import { reporterCategoryOfServiceType, type ReportRouting } from './report-routing';
import { ReportStore } from './report.store';

/** The commands child welfare gives on a received report (everything but receipt). */
export type ChildWelfareReportCommand = Exclude<ReportCommand, ReceiveReport>;

/** A report filed by a unit in Stafett: a KS offentlig document, the child, and the BTI case if any. */
export interface FileReportInput {
  readonly document: unknown;
  /** Optional: the children come from the document. When given, it must be the one child the document names. */
  readonly childId?: string;
  readonly caseId?: string;
}

/** A report intake registers: a private person's (KS privat) or the police's (KS offentlig). */
export interface RegisterReportInput {
  readonly document: unknown;
  readonly childIds?: readonly string[];
  readonly reporterCategory?: string;
  /** When child welfare received it (a phone call typed in later), a date-time with its zone; now when absent. */
  readonly receivedAt?: string;
}

export interface FiledReport {
  readonly reportId: string;
  readonly events: readonly ReportEvent[];
}

const MAX_ATTEMPTS = 5;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** 422 listing every schema problem in Norwegian, each naming its field (`document.…`); never the document's values. */
function notKsDocument(errors: readonly SchemaProblem[]) {
  return problem(
    422,
    'invalid-bekymringsmelding',
    'Kan ikke behandles',
    'Bekymringsmeldingen følger ikke KS Fiks-formatet (versjon 2). Ingenting er lagret.',
    errors.map((e) =>
      e.keyword === 'variant'
        ? { field: 'document', message: 'Meldingen må ha offentligMelder og offentligBarn (offentlig melder) eller privatMelder og privatBarn (privat melder), ikke begge.' }
        : ajvProblem({ instancePath: e.path, keyword: e.keyword, params: e.params }, 'document'),
    ),
  );
}

/**
 * Reports of concern: receive (from a unit, or registered by intake), then child welfare's review,
 * investigation and feedback. Load `report-<id>`, check who asks, decide, append with the expected
 * version (retrying on a concurrent change). Event ids come from the Idempotency-Key, so a retried
 * request appends nothing new. A report nobody may see and an unknown one get the same 403.
 */
@Injectable()
export class ReportCommands {
  constructor(
    private readonly reports: ReportStore,
    private readonly organisation: OrganisationViewReader,
    private readonly access: MunicipalityAccess,
    private readonly cases: ConcernCaseStore,
    private readonly concerns: ConcernCommands,
    private readonly documentChildren: ReportChildren,
    @Inject(REPORT_CLOCK) private readonly clock: ReportClock,
  ) {}

  /**
   * A practitioner files a report (statutory duty: no consent is asked). The children are those the
   * document names (its national ids); a `childId` beside it must be that one child. From a BTI case,
   * the case also records the link (LinkReportToChildWelfare, which needs no consent either).
   */
  async file(input: FileReportInput, actor: ReportActor, idempotencyKey?: string): Promise<FiledReport> {
    const { principal } = actor;
    const now = this.clock.now();
    const imported = importBekymringsmelding(input.document);
    if (!imported.ok) throw notKsDocument(imported.errors);
    if (imported.variant !== 'offentlig') {
      throw notKsDocument([{ path: '', keyword: 'variant', message: 'a unit files a public reporter’s report (offentligMelder/offentligBarn)' }]);
    }
    const document = imported.document;
    const { children, childIds } = await this.documentChildren.fromDocument(document.offentligBarn, principal, now, { required: true, childId: input.childId });
    await this.access.assertMayActFor(principal, document.kommunenummer, now);
    await this.assertHomeMunicipality(childIds, document.kommunenummer);
    const caseId = input.caseId === undefined ? undefined : await this.caseOfChild(input.caseId, childIds, principal);

    const reportId = newReportId(principal, idempotencyKey);
    const childWelfare = await this.childWelfareUnitFor(document.kommunenummer, now);
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
    const events = await this.run(command, routing, actor, idempotencyKey, now);
    if (caseId) {
      await this.concerns.execute({ type: 'LinkReportToChildWelfare', caseId, reportId }, actor, idempotencyKey ? `${idempotencyKey}:link-report` : undefined);
    }
    return { reportId, events };
  }

  /**
   * Intake registers a report from a private person (KS privat) or the police (KS offentlig). The
   * children of an offentlig document come from its national ids (those not registered in Stafett
   * stay unidentified); a privat document has none, so intake names them (`childIds`, in the
   * document's order). The reporter category comes from the document's reporter, or from intake.
   */
  async register(input: RegisterReportInput, actor: ReportActor, idempotencyKey?: string): Promise<FiledReport> {
    const { principal } = actor;
    const now = this.clock.now();
    if (!isChildWelfareServiceType(principal.serviceType)) throw reportRefusal();
    const imported = importBekymringsmelding(input.document);
    if (!imported.ok) throw notKsDocument(imported.errors);
    const kommunenummer = imported.document.kommunenummer;
    await this.access.assertMayActFor(principal, kommunenummer, now);
    const reporterKind = imported.variant === 'privat' ? 'private' : 'public';
    const category = reporterCategoryFor(imported, input.reporterCategory, reporterKind);
    const { children, childIds } = await this.documentChildren.forRegistration(imported, input.childIds, principal, now);
    await this.assertHomeMunicipality(childIds, kommunenummer);

    const reportId = newReportId(principal, idempotencyKey);
    const routing: ReportRouting = { reportId, childIds, childWelfareUnitId: principal.unitId, childWelfareServiceType: principal.serviceType };
    const content: ReportContent =
      imported.variant === 'privat' ? { kind: 'ks', variant: 'privat', document: imported.document } : { kind: 'ks', variant: 'offentlig', document: imported.document };
    const command: ReceiveReport = {
      type: 'ReceiveReport',
      reportId,
      reporterKind,
      reporterCategory: category,
      channel: { kind: 'intake', registeredBy: principal.practitionerId },
      receivedAt: input.receivedAt === undefined ? now.toISOString() : toUtcInstant(input.receivedAt),
      kommunenummer,
      children,
      content,
    };
    return { reportId, events: await this.run(command, routing, actor, idempotencyKey, now) };
  }

  /** Every identified child lives in the document's municipality. */
  private async assertHomeMunicipality(childIds: readonly string[], kommunenummer: string): Promise<void> {
    const homes = await this.documentChildren.homeMunicipalities(childIds);
    if (childIds.some((id) => homes.get(id) !== kommunenummer)) {
      throw new InvalidCommandError('ReceiveReport', [
        { field: 'document.kommunenummer', message: 'must be the children’s home municipality', userMessage: 'Kommunenummeret i meldingen må være barnets hjemkommune.' },
      ]);
    }
  }

  /** Review, extension, conclusion and the feedback: child welfare of the owning unit only. */
  async decide(command: ChildWelfareReportCommand, actor: ReportActor, idempotencyKey?: string): Promise<readonly ReportEvent[]> {
    if (typeof command.reportId !== 'string' || !UUID.test(command.reportId)) throw reportRefusal();
    const reportId = command.reportId.toLowerCase();
    const now = this.clock.now();
    const loaded = await this.reports.load(reportId);
    if (!loaded.routing || !(await this.mayHandle(actor.principal, loaded.routing, loaded.state, now))) throw reportRefusal();
    return this.run({ ...command, reportId }, loaded.routing, actor, idempotencyKey, now);
  }

  /** Whether the caller is child welfare of the unit that owns the report, still serving its municipality. */
  async mayHandle(principal: Principal, routing: ReportRouting, state: { phase: string; kommunenummer?: string }, now: Date): Promise<boolean> {
    if (principal.unitId !== routing.childWelfareUnitId || !isChildWelfareServiceType(principal.serviceType)) return false;
    if (!principal.roles.some((role) => role === 'intake' || role === 'caseworker')) return false;
    return state.kommunenummer === undefined || this.access.mayActFor(principal, state.kommunenummer, now);
  }

  private async run(command: ReportCommand, routing: ReportRouting, actor: ReportActor, idempotencyKey: string | undefined, now: Date): Promise<readonly ReportEvent[]> {
    const { principal } = actor;
    const reportId = routing.reportId;
    const eventId = (index: number): string =>
      idempotencyKey ? uuidFrom(`report:${reportId}:${command.type}:${principal.practitionerId}:${idempotencyKey}:${index}`) : randomUUID();
    for (let attempt = 1; ; attempt++) {
      const loaded = await this.reports.load(reportId);
      if (idempotencyKey && loaded.recorded.some((e) => e.id === eventId(0))) {
        const ours = new Set(loaded.recorded.map((_, i) => eventId(i)));
        return loaded.events.filter((_, i) => ours.has(loaded.recorded[i].id));
      }
      if (loaded.erased && loaded.recorded.length > 0) throw new ChildPersonalDataErasedError(routing.childIds[0] ?? reportId);
      const events = decideReport(command, loaded.state, { now: now.toISOString() });
      if (events.length === 0) return events;
      const cipher = await this.cipherFor(routing);
      try {
        await this.reports.append(routing, events, events.map((_, i) => eventId(i)), loaded.version, cipher, {
          actorUserId: principal.practitionerId,
          actorServiceId: principal.unitId,
          correlationId: actor.correlationId,
          occurredAt: now.toISOString(),
        });
        return events;
      } catch (error) {
        if (!(error instanceof WrongExpectedVersionError) || attempt >= MAX_ATTEMPTS) throw error;
      }
    }
  }

  private async cipherFor(routing: ReportRouting) {
    try {
      return await this.reports.cipherFor(routing);
    } catch (error) {
      if (error instanceof ChildKeyNotFoundError) throw reportRefusal();
      throw error;
    }
  }

  /** The BTI case must be about one of the report's children, and the caller's unit must take part in it; otherwise the case's 403. */
  private async caseOfChild(caseId: string, childIds: readonly string[], principal: Principal): Promise<string> {
    const refusal = reportRefusal();
    if (!UUID.test(caseId) || childIds.length === 0) throw refusal;
    const loaded = await this.cases.load(caseId.toLowerCase());
    const state = loaded.state;
    if (state.status === 'unregistered' || !childIds.includes(state.childId.toLowerCase()) || !mayTakePartIn(state, principal.unitId, 'LinkReportToChildWelfare')) throw refusal;
    return caseId.toLowerCase();
  }

  /** The child-welfare service serving the municipality today (a barneverntjeneste before an on-call service). */
  private async childWelfareUnitFor(kommunenummer: string, now: Date): Promise<{ unitId: string; serviceType: string }> {
    const state = await this.organisation.current();
    const serving = [...state.units.values()]
      .filter((unit) => isChildWelfareServiceType(unit.serviceType) && unitServesMunicipality(state, unit.unitId, kommunenummer, osloDate(now)))
      .sort((a, b) => Number(b.serviceType === 'barneverntjeneste') - Number(a.serviceType === 'barneverntjeneste') || a.unitId.localeCompare(b.unitId));
    const unit = serving[0];
    if (!unit) {
      throw new InvalidCommandError('FileReport', [
        { field: 'document.kommunenummer', message: 'no child-welfare service serves the municipality', userMessage: 'Ingen barneverntjeneste er registrert for kommunen.' },
      ]);
    }
    return { unitId: unit.unitId, serviceType: unit.serviceType };
  }
}
