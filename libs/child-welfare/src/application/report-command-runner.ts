import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { handleCommand } from '@stafett/event-store';
import { ChildKeyNotFoundError } from '@stafett/identity';
import { CLOCK, isUuid, uuidFrom, type Caller, type Clock, type Principal } from '@stafett/kernel';
import { ChildPersonalDataErasedError } from '@stafett/organisation';
import type { ReceiveReport, ReportCommand } from '../domain/report.commands';
import { decideReport } from '../domain/report.decide';
import type { ReportEvent } from '../domain/report.events';
import { evolveReport, initialReportState } from '../domain/report.state';
import { ReportStream } from '../infrastructure/report-stream';
import { isChildWelfareServiceType, reportRefusal } from './report-request';
import { reportStreamId, type ReportRouting } from './report-routing';

/** The commands child welfare gives on a received report (everything but receipt). */
export type ChildWelfareReportCommand = Exclude<ReportCommand, ReceiveReport>;

/** The answer to a step on a received report: the types of the events it recorded. */
export interface ReportStepTaken {
  readonly events: Array<ReportEvent['type']>;
}

const reportModel = { evolve: evolveReport, initialState: initialReportState };

/**
 * The one pipeline of every report command: check who asks, load `report-<id>`, decide, append with
 * the expected version (handleCommand retries on a concurrent change). Event ids come from the
 * Idempotency-Key, so a retried request appends nothing new. A report nobody may see and an unknown
 * one get the same 403.
 */
@Injectable()
export class ReportCommandRunner {
  constructor(
    private readonly reports: ReportStream,
    private readonly access: MunicipalityAccess,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  /** The server's time: receipt and every decision are recorded at it. */
  now(): Date {
    return this.clock.now();
  }

  /** Review, extension, conclusion and the feedback: child welfare of the owning unit only. */
  async decideOn(command: ChildWelfareReportCommand, caller: Caller): Promise<ReportStepTaken> {
    if (!isUuid(command.reportId)) throw reportRefusal();
    const reportId = command.reportId.toLowerCase();
    const now = this.clock.now();
    const loaded = await this.reports.load(reportId);
    if (!loaded.routing || !(await this.mayHandle(caller.principal, loaded.routing, loaded.state, now))) throw reportRefusal();
    const events = await this.run({ ...command, reportId }, loaded.routing, caller, now);
    return { events: events.map((event) => event.type) };
  }

  /** Decides and appends under the report's routing; the caller has been checked already. */
  async run(command: ReportCommand, routing: ReportRouting, caller: Caller, now: Date): Promise<readonly ReportEvent[]> {
    const { principal, idempotencyKey } = caller;
    const reportId = routing.reportId;
    try {
      const handled = await handleCommand(
        this.reports.writingFor(routing),
        reportStreamId(reportId),
        reportModel,
        (state, loaded) => {
          if (loaded.erased && loaded.recorded.length > 0) throw new ChildPersonalDataErasedError(routing.childIds[0] ?? reportId);
          return decideReport(command, state, { now: now.toISOString() });
        },
        {
          ...(idempotencyKey ? { eventId: (index: number) => uuidFrom(`report:${reportId}:${command.type}:${principal.practitionerId}:${idempotencyKey}:${index}`) } : {}),
          metadata: { actorUserId: principal.practitionerId, actorServiceId: principal.unitId, correlationId: caller.correlationId, occurredAt: now.toISOString() },
        },
      );
      return handled.events;
    } catch (error) {
      // The child's key is missing: the child is unknown to the vault, which the caller may not learn.
      if (error instanceof ChildKeyNotFoundError) throw reportRefusal();
      throw error;
    }
  }

  /** Whether the caller is child welfare of the unit that owns the report, still serving its municipality. */
  private async mayHandle(principal: Principal, routing: ReportRouting, state: { phase: string; kommunenummer?: string }, now: Date): Promise<boolean> {
    if (principal.unitId !== routing.childWelfareUnitId || !isChildWelfareServiceType(principal.serviceType)) return false;
    if (!principal.roles.some((role) => role === 'intake' || role === 'caseworker')) return false;
    return state.kommunenummer === undefined || this.access.mayActFor(principal, state.kommunenummer, now);
  }
}
