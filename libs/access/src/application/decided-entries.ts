import { InvalidCommandError } from '@stafett/kernel';
import type { StoredTimelineEntry } from '../read-models/child-timeline/child-timeline.reader';
import type { AccessPurpose, ConsentFacts, InformationCategory, LegalBasis, Viewer, Visibility, VisibilityDecision } from '../domain/timeline-entry';
import type { VisibilityPolicy } from './visibility-policy';

interface DecidedFields {
  readonly visibility: Visibility;
  readonly basis: LegalBasis;
  readonly rule: string;
  readonly category: InformationCategory;
  readonly ownerServiceType: string;
  readonly occurredAt: string;
}

/** Shown: everything, content in clear. */
export interface ShownEntry extends DecidedFields {
  readonly visibility: 'shown';
  readonly entryId: string;
  readonly caseId?: string;
  readonly ownerUnitId: string;
  readonly eventType: string;
  readonly content: unknown;
}

/** Redacted: that an entry exists, of which kind, whose and when; nothing else. */
export interface RedactedEntry extends DecidedFields {
  readonly visibility: 'redacted';
}

/** One entry of a child-facing answer (timeline, case view). Hidden entries are left out without a trace. */
export type EntryView = ShownEntry | RedactedEntry;

export interface DecidedEntry {
  readonly entry: StoredTimelineEntry;
  readonly decision: VisibilityDecision;
}

/** Refuses a purpose outside the allowed list, before anything is read. */
export function requirePurpose<P extends string>(query: string, purpose: unknown, allowed: readonly P[]): P {
  if (typeof purpose === 'string' && (allowed as readonly string[]).includes(purpose)) return purpose as P;
  throw new InvalidCommandError(query, [
    { field: 'purpose', message: `purpose must be one of ${allowed.join(', ')}`, userMessage: `Oppgi formålet med oppslaget: ${allowed.join(', ')}.` },
  ]);
}

/** The policy's decision for every entry, for this viewer, at this moment, for this purpose. */
export function decideEntries(
  policy: VisibilityPolicy,
  viewer: Viewer,
  entries: readonly StoredTimelineEntry[],
  consents: readonly ConsentFacts[],
  at: string,
  purpose: AccessPurpose,
): DecidedEntry[] {
  return entries.map((entry) => ({ entry, decision: policy(viewer, factsOf(entry), consents, at, purpose) }));
}

export function shownEntries(decided: readonly DecidedEntry[]): StoredTimelineEntry[] {
  return decided.filter(({ decision }) => decision.visibility === 'shown').map(({ entry }) => entry);
}

/** The answer's entries: shown ones with their content, redacted ones with their kind and time only, hidden ones not at all. */
export function entryViews(decided: readonly DecidedEntry[], content: ReadonlyMap<string, unknown>): EntryView[] {
  return decided.flatMap(({ entry, decision }): EntryView[] => {
    const common = { rule: decision.rule, basis: decision.basis, category: entry.category, ownerServiceType: entry.ownerServiceType, occurredAt: entry.occurredAt };
    if (decision.visibility === 'redacted') return [{ visibility: 'redacted', ...common }];
    if (decision.visibility !== 'shown') return [];
    return [
      {
        visibility: 'shown',
        ...common,
        entryId: entry.entryId,
        ...(entry.caseId ? { caseId: entry.caseId } : {}),
        ownerUnitId: entry.ownerUnitId,
        eventType: entry.eventType,
        content: content.get(entry.entryId) ?? null,
      },
    ];
  });
}

/** The policy sees facts only: not where the content is stored. */
function factsOf(entry: StoredTimelineEntry) {
  const { eventType: _eventType, streamId: _streamId, streamVersion: _streamVersion, ...facts } = entry;
  return facts;
}
