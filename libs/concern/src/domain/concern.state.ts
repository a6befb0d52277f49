import type { IsoDate } from '@stafett/kernel';
import type { ConcernEvent, LevelZeroOutcome } from './concern.events';
import type { Level, PractitionerRef, ServiceRef } from './concern.values';

export interface MeasureState {
  readonly owner: ServiceRef;
  readonly responsiblePractitionerId: string;
  readonly startsOn: IsoDate;
  readonly evaluationDates: readonly IsoDate[];
  readonly endedOn?: IsoDate;
}

export interface PendingHandover {
  readonly from: PractitionerRef;
  readonly to: PractitionerRef;
}

/** Only what decisions need; free texts stay in the events. */
export interface CaseFacts {
  readonly caseId: string;
  readonly childId: string;
  readonly kommunenummer: string;
  readonly owningUnit: ServiceRef;
  readonly level: Level;
  readonly decisionDueOn: IsoDate;
  /** The level-0 decision of the current open period; undefined while it is pending. */
  readonly levelZeroOutcome?: LevelZeroOutcome;
  readonly stafettholder?: PractitionerRef;
  readonly pendingHandover?: PendingHandover;
  readonly stafettloggOpen: boolean;
  /** By unit id; the owning unit from the start. */
  readonly participants: ReadonlyMap<string, ServiceRef>;
  readonly goalIds: ReadonlySet<string>;
  readonly measures: ReadonlyMap<string, MeasureState>;
  readonly meetingIds: ReadonlySet<string>;
  readonly agreementIds: ReadonlySet<string>;
  readonly reportIds: ReadonlySet<string>;
  readonly consultationIds: ReadonlySet<string>;
}

export type OpenCase = CaseFacts & { readonly status: 'open' };
export type ClosedCase = CaseFacts & { readonly status: 'closed' };
export type ConcernState = { readonly status: 'unregistered' } | OpenCase | ClosedCase;

export function initialConcernState(): ConcernState {
  return { status: 'unregistered' };
}

const withKey = <V>(map: ReadonlyMap<string, V>, key: string, value: V): ReadonlyMap<string, V> => new Map(map).set(key, value);
const withItem = (set: ReadonlySet<string>, item: string): ReadonlySet<string> => new Set(set).add(item);

export function evolveConcern(state: ConcernState, event: ConcernEvent): ConcernState {
  if (event.type === 'ConcernRegistered') {
    const { caseId, childId, kommunenummer, owningUnit, decisionDueOn } = event.data;
    return {
      status: 'open',
      caseId,
      childId,
      kommunenummer,
      owningUnit,
      level: 0,
      decisionDueOn,
      stafettloggOpen: false,
      participants: new Map([[owningUnit.unitId, owningUnit]]),
      goalIds: new Set(),
      measures: new Map(),
      meetingIds: new Set(),
      agreementIds: new Set(),
      reportIds: new Set(),
      consultationIds: new Set(),
    };
  }
  if (state.status === 'unregistered') return state;
  switch (event.type) {
    case 'NecessaryConversationRecorded':
    case 'PositiveObservationRecorded':
      return state;
    case 'LevelZeroDecided':
      return { ...state, levelZeroOutcome: event.data.outcome };
    case 'LevelChanged':
      return { ...state, level: event.data.to };
    case 'StafettholderAppointed':
      return { ...state, stafettholder: event.data.holder };
    case 'StafettloggOpened':
      return { ...state, stafettloggOpen: true };
    case 'ServiceJoined':
      return { ...state, participants: withKey(state.participants, event.data.service.unitId, event.data.service) };
    case 'HandoverProposed':
      return { ...state, pendingHandover: { from: event.data.from, to: event.data.to } };
    case 'HandoverAccepted':
      return { ...state, stafettholder: event.data.to, pendingHandover: undefined };
    case 'HandoverDeclined':
    case 'HandoverWithdrawn':
      return { ...state, pendingHandover: undefined };
    case 'GoalSet':
      return { ...state, goalIds: withItem(state.goalIds, event.data.goalId) };
    case 'MeasureAdded': {
      const { measureId, owner, responsiblePractitionerId, startsOn, evaluationDates } = event.data;
      return { ...state, measures: withKey(state.measures, measureId, { owner, responsiblePractitionerId, startsOn, evaluationDates }) };
    }
    case 'MeasureEvaluated': {
      const measure = state.measures.get(event.data.measureId);
      const next = event.data.nextEvaluationOn;
      if (!measure || next === undefined || measure.evaluationDates.includes(next)) return state;
      const evaluationDates = [...measure.evaluationDates, next].sort();
      return { ...state, measures: withKey(state.measures, event.data.measureId, { ...measure, evaluationDates }) };
    }
    case 'MeasureEnded': {
      const measure = state.measures.get(event.data.measureId);
      if (!measure) return state;
      return { ...state, measures: withKey(state.measures, event.data.measureId, { ...measure, endedOn: event.data.endedOn }) };
    }
    case 'MeetingRecorded':
      return { ...state, meetingIds: withItem(state.meetingIds, event.data.meetingId) };
    case 'AgreementRecorded':
      return { ...state, agreementIds: withItem(state.agreementIds, event.data.agreementId) };
    case 'ReportToChildWelfareLinked':
      return { ...state, reportIds: withItem(state.reportIds, event.data.reportId) };
    case 'ConsultationLinked':
      return { ...state, consultationIds: withItem(state.consultationIds, event.data.consultationId) };
    case 'CaseClosed':
      // The log is archived on closing; reopening needs a new consent to open it again.
      return { ...state, status: 'closed', stafettloggOpen: false, pendingHandover: undefined };
    case 'CaseReopened':
      return event.data.level === 0
        ? { ...state, status: 'open', level: 0, levelZeroOutcome: undefined, decisionDueOn: event.data.decisionDueOn ?? state.decisionDueOn }
        : { ...state, status: 'open', level: event.data.level };
    default: {
      // Compile-time exhaustiveness; at run time an unknown (newer) event type is skipped.
      const unhandled: never = event;
      void unhandled;
      return state;
    }
  }
}
