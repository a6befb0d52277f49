import type { RecordedEvent } from '@stafett/event-store';
import type { ConcernEvent } from '../domain/concern.events';
import type { CaseFacts, ConcernState, MeasureState } from '../domain/concern.state';
import type { ServiceRef } from '../domain/concern.values';

/** The case as a participant sees it: the current facts and the history with its texts in clear. */
export interface ConcernCaseView {
  readonly caseId: string;
  readonly status: 'open' | 'closed';
  readonly childId: string;
  readonly kommunenummer: string;
  readonly owningUnit: ServiceRef;
  readonly level: number;
  readonly decisionDueOn: string;
  readonly levelZeroOutcome?: string;
  readonly stafettholder?: CaseFacts['stafettholder'];
  readonly pendingHandover?: CaseFacts['pendingHandover'];
  readonly stafettloggOpen: boolean;
  readonly participants: readonly ServiceRef[];
  readonly goalIds: readonly string[];
  readonly measures: ReadonlyArray<{ measureId: string } & MeasureState>;
  readonly history: ReadonlyArray<{ version: number; type: string; data: unknown; recordedAt: string }>;
}

export function toConcernCaseView(state: Exclude<ConcernState, { status: 'unregistered' }>, events: readonly ConcernEvent[], recorded: readonly RecordedEvent[]): ConcernCaseView {
  return {
    caseId: state.caseId,
    status: state.status,
    childId: state.childId,
    kommunenummer: state.kommunenummer,
    owningUnit: state.owningUnit,
    level: state.level,
    decisionDueOn: state.decisionDueOn,
    levelZeroOutcome: state.levelZeroOutcome,
    stafettholder: state.stafettholder,
    pendingHandover: state.pendingHandover,
    stafettloggOpen: state.stafettloggOpen,
    participants: [...state.participants.values()],
    goalIds: [...state.goalIds],
    measures: [...state.measures.entries()].map(([measureId, measure]) => ({ measureId, ...measure })),
    history: events.map((event, i) => ({
      version: Number(recorded[i].streamVersion),
      type: event.type,
      data: event.data,
      recordedAt: recorded[i].recordedAt.toISOString(),
    })),
  };
}
