import type { SealedFields } from '@stafett/identity';
import type { ConcernEvent, ConcernEventType, ConcernRegistered } from '../domain/concern.events';

/**
 * The free texts of every case event, by path in the event's data: what practitioners, children and
 * families said or wrote. They are personal data about the child, so they are stored encrypted with
 * the child's own key (crypto-shredding erases them with the child). `[]` marks a list of texts.
 * A `Record` over every event type: a new event type does not compile until it is listed here.
 */
export const CONCERN_SENSITIVE_FIELDS: Readonly<Record<ConcernEventType, readonly string[]>> = {
  ConcernRegistered: ['concern.observations', 'concern.since', 'concern.earlierConcerns', 'concern.childsOwnWords'],
  NecessaryConversationRecorded: ['participants[]', 'notInformedReason'],
  LevelZeroDecided: ['reason'],
  LevelChanged: ['reason'],
  StafettholderAppointed: ['familyWish'],
  StafettloggOpened: [],
  ServiceJoined: ['task'],
  HandoverProposed: ['familyWish', 'reason'],
  HandoverAccepted: [],
  HandoverDeclined: ['reason'],
  HandoverWithdrawn: ['reason'],
  GoalSet: ['description'],
  MeasureAdded: ['goal'],
  MeasureEvaluated: ['note'],
  MeasureEnded: ['reason'],
  MeetingRecorded: ['participants[]', 'decisions[]', 'childsVoice.said', 'childsVoice.reason'],
  AgreementRecorded: ['text', 'responsible'],
  PositiveObservationRecorded: ['text', 'childsOwnWords'],
  ReportToChildWelfareLinked: [],
  ConsultationLinked: [],
  CaseClosed: ['closingNote'],
  CaseReopened: ['reason'],
};

type TextMapper = (value: unknown) => unknown;

/** A copy of `data` with `map` applied to the value at `path`; absent values stay absent. */
function mapPath(data: unknown, segments: readonly string[], map: TextMapper): unknown {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) return data;
  const [head, ...rest] = segments;
  const isList = head.endsWith('[]');
  const key = isList ? head.slice(0, -2) : head;
  const record = data as Record<string, unknown>;
  if (!(key in record) || record[key] === undefined) return data;
  const value = record[key];
  const next = (item: unknown): unknown => (rest.length === 0 ? map(item) : mapPath(item, rest, map));
  const mapped = isList ? (Array.isArray(value) ? value.map(next) : value) : next(value);
  return { ...record, [key]: mapped };
}

/** Applies `map` to every free text of the event's data, leaving the rest as it is. */
export function mapConcernTexts<E extends { type: string; data: unknown }>(event: E, map: TextMapper): E {
  const paths = CONCERN_SENSITIVE_FIELDS[event.type as ConcernEventType] ?? [];
  const data = paths.reduce((current, path) => mapPath(current, path.split('.'), map), event.data);
  return { ...event, data } as E;
}

export type ProtectedConcernEvent = { readonly type: ConcernEvent['type']; readonly data: unknown };

/** How the encrypting stream seals a case: its free texts under the key of the child the first event names. */
export const concernSealedFields: SealedFields<ConcernEvent> = {
  keyOwnerOf: (first) => (first.type === 'ConcernRegistered' ? (first.data as ConcernRegistered['data']).childId : undefined),
  mapFields: (event, map) => mapConcernTexts(event, map),
};
