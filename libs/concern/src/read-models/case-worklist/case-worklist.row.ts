import type { RecordedEvent } from '@stafett/event-store';
import { isIsoDate, type IsoDate } from '@stafett/kernel';
import { concernStreamId } from '../../domain/concern.events';
import { isIsoTimestamp, isLevel, type Level } from '../../domain/concern.values';

/** A practitioner as the worklists keep one: ids only, never a name. */
export interface WorklistPractitioner {
  readonly unitId: string;
  readonly practitionerId: string;
}

export interface WorklistMeasure {
  readonly measureId: string;
  readonly ownerUnit: string;
  readonly responsiblePractitioner: string;
  /** Planned evaluation dates not yet covered by an evaluation, ascending. */
  readonly pendingEvaluations: readonly IsoDate[];
  readonly ended: boolean;
}

/**
 * One case as the worklists see it: structural fields of the case events only. The free texts
 * (observations, reasons, goals, notes) are encrypted by the write side and never read here.
 */
export interface WorklistCase {
  readonly caseId: string;
  readonly childId: string;
  readonly kommunenummer: string;
  readonly owningUnit: string;
  readonly level: Level;
  readonly status: 'open' | 'closed';
  readonly stafettholder?: WorklistPractitioner;
  readonly decisionDueOn: IsoDate;
  readonly levelZeroDecided: boolean;
  readonly pendingHandover?: { readonly from: WorklistPractitioner; readonly to: WorklistPractitioner; readonly since: string };
  /** Unit ids, ascending: the owner, every unit that joined, and every stafettholder's unit. */
  readonly participatingUnits: readonly string[];
  /** By measure id, ascending. */
  readonly measures: readonly WorklistMeasure[];
  /** The last stream version applied: an event at or below it is a replay and changes nothing. */
  readonly version: bigint;
  /** ISO 8601: when the last applied event happened (its `at`). */
  readonly updatedAt: string;
}

type Data = Record<string, unknown>;

const isString = (value: unknown): value is string => typeof value === 'string' && value.length > 0;
const asRecord = (value: unknown): Data | undefined => (typeof value === 'object' && value !== null ? (value as Data) : undefined);

function practitionerOf(value: unknown): WorklistPractitioner | undefined {
  const ref = asRecord(value);
  return ref && isString(ref.unitId) && isString(ref.practitionerId) ? { unitId: ref.unitId, practitionerId: ref.practitionerId } : undefined;
}

const withUnit = (units: readonly string[], unitId: string): readonly string[] => (units.includes(unitId) ? units : [...units, unitId].sort());
const sortedDates = (dates: Iterable<IsoDate>): IsoDate[] => [...new Set(dates)].sort();

/** The case id an event of a case stream belongs to, or undefined for anything else. */
export function worklistCaseIdOf(event: RecordedEvent): string | undefined {
  const caseId = asRecord(event.data)?.caseId;
  // Only events on the case's own stream count; the same type names elsewhere are not ours.
  if (!isString(caseId) || event.streamId !== concernStreamId(caseId)) return undefined;
  return caseId.toLowerCase();
}

function registeredCase(caseId: string, event: RecordedEvent, data: Data, at: string): WorklistCase | undefined {
  const owningUnit = asRecord(data.owningUnit)?.unitId;
  if (!isString(data.childId) || !isString(data.kommunenummer) || !isString(owningUnit) || !isIsoDate(data.decisionDueOn)) return undefined;
  return {
    caseId,
    childId: data.childId.toLowerCase(),
    kommunenummer: data.kommunenummer,
    owningUnit,
    level: 0,
    status: 'open',
    decisionDueOn: data.decisionDueOn,
    levelZeroDecided: false,
    participatingUnits: [owningUnit],
    measures: [],
    version: event.streamVersion,
    updatedAt: at,
  };
}

function withMeasure(state: WorklistCase, measureId: unknown, change: (measure: WorklistMeasure) => WorklistMeasure): WorklistCase {
  const measure = state.measures.find((m) => m.measureId === measureId);
  if (!measure || measure.ended) return state;
  return { ...state, measures: state.measures.map((m) => (m === measure ? change(m) : m)) };
}

/**
 * An evaluation covers the earliest outstanding planned date and every other one on or before the
 * day it was held; the next date it names is planned from then on.
 */
function evaluated(measure: WorklistMeasure, evaluatedOn: unknown, next: unknown): WorklistMeasure {
  const held = isIsoDate(evaluatedOn) ? evaluatedOn : '';
  const left = measure.pendingEvaluations.slice(1).filter((date) => date > held);
  return { ...measure, pendingEvaluations: sortedDates(isIsoDate(next) ? [...left, next] : left) };
}

/** Applies one structural change; a different type or a malformed event leaves the case as it was. */
function changed(state: WorklistCase, type: string, data: Data, at: string): WorklistCase {
  switch (type) {
    case 'LevelZeroDecided':
      return { ...state, levelZeroDecided: true };
    case 'LevelChanged':
      return isLevel(data.to) ? { ...state, level: data.to } : state;
    case 'StafettholderAppointed': {
      const holder = practitionerOf(data.holder);
      return holder ? { ...state, stafettholder: holder, participatingUnits: withUnit(state.participatingUnits, holder.unitId) } : state;
    }
    case 'ServiceJoined': {
      const unitId = asRecord(data.service)?.unitId;
      return isString(unitId) ? { ...state, participatingUnits: withUnit(state.participatingUnits, unitId) } : state;
    }
    case 'HandoverProposed': {
      const from = practitionerOf(data.from);
      const to = practitionerOf(data.to);
      return from && to ? { ...state, pendingHandover: { from, to, since: at } } : state;
    }
    case 'HandoverAccepted': {
      const to = practitionerOf(data.to);
      if (!to) return state;
      return { ...state, stafettholder: to, pendingHandover: undefined, participatingUnits: withUnit(state.participatingUnits, to.unitId) };
    }
    case 'HandoverDeclined':
    case 'HandoverWithdrawn':
      return { ...state, pendingHandover: undefined };
    case 'MeasureAdded': {
      const ownerUnit = asRecord(data.owner)?.unitId;
      const dates = Array.isArray(data.evaluationDates) ? data.evaluationDates.filter(isIsoDate) : [];
      const { measureId, responsiblePractitionerId } = data;
      if (!isString(measureId) || !isString(ownerUnit) || state.measures.some((m) => m.measureId === measureId)) return state;
      const measure: WorklistMeasure = {
        measureId,
        ownerUnit,
        responsiblePractitioner: isString(responsiblePractitionerId) ? responsiblePractitionerId : '',
        pendingEvaluations: sortedDates(dates),
        ended: false,
      };
      return { ...state, measures: [...state.measures, measure].sort((a, b) => (a.measureId < b.measureId ? -1 : 1)) };
    }
    case 'MeasureEvaluated':
      return withMeasure(state, data.measureId, (m) => evaluated(m, data.evaluatedOn, data.nextEvaluationOn));
    case 'MeasureEnded':
      return withMeasure(state, data.measureId, (m) => ({ ...m, ended: true }));
    case 'CaseClosed':
      // A pending handover lapses with the closing.
      return { ...state, status: 'closed', pendingHandover: undefined };
    case 'CaseReopened': {
      if (!isLevel(data.level)) return { ...state, status: 'open' };
      if (data.level !== 0) return { ...state, status: 'open', level: data.level };
      // Back at level 0 the decision is pending again, with a new deadline.
      const decisionDueOn = isIsoDate(data.decisionDueOn) ? data.decisionDueOn : state.decisionDueOn;
      return { ...state, status: 'open', level: 0, levelZeroDecided: false, decisionDueOn };
    }
    default:
      return state;
  }
}

/**
 * The case after one event of its stream. Idempotent: an event at or below the applied version is
 * skipped, so the same events give the same case however they were batched or replayed.
 */
export function evolveWorklistCase(state: WorklistCase | undefined, event: RecordedEvent): WorklistCase | undefined {
  const caseId = worklistCaseIdOf(event);
  if (!caseId) return state;
  if (state && event.streamVersion <= state.version) return state;
  const data = event.data as Data;
  const at = isIsoTimestamp(data.at) ? new Date(data.at).toISOString() : event.recordedAt.toISOString();
  if (!state) return event.type === 'ConcernRegistered' ? registeredCase(caseId, event, data, at) : undefined;
  return { ...changed(state, event.type, data, at), version: event.streamVersion, updatedAt: at };
}
