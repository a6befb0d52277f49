import type { AccessPurpose, ConsentFacts, TimelineEntryFacts, Viewer as PolicyViewer } from '../../libs/access/src/domain/timeline-entry';
import { coveringConsentIds } from '../../libs/access/src/domain/policy/testing/coverage.oracle';
import type { HistoryFacts, MarkerFact } from './leak-facts';
import { CHILD_WELFARE, UNITS, type Viewer } from './leak-world';

// Which markers a viewer may receive, worked out from the history alone and the rules as the law and
// docs/confidentiality.md state them; it calls none of the application's policy code. Consent
// coverage is the policy tests' own independent oracle (coverage.oracle.ts). It may allow more than
// the application shows (a redaction, a missing relation), never less: it is a leak check.

const FAMILY = new Map<string, string>([...Object.values(UNITS), CHILD_WELFARE].map((unit) => [unit.unitId, unit.family]));
const PURPOSES: readonly AccessPurpose[] = ['coordination', 'follow-up', 'registration'];
const COMPARTMENTS = new Set(['health', 'nav', 'police', 'child-welfare']);

/** Whether an in-force consent of the child covers the viewer's unit for this category and purpose now. */
function covers(facts: HistoryFacts, viewer: Viewer, category: TimelineEntryFacts['category'], purpose: string, at: string, explicit: boolean): boolean {
  const asViewer = { unitId: viewer.unitId, serviceType: viewer.serviceType } as PolicyViewer;
  const asEntry = { childId: facts.childId, category } as TimelineEntryFacts;
  return coveringConsentIds(facts.consents, asViewer, asEntry, at, purpose, explicit).length > 0;
}

/** A unit takes part now: the owner always; a unit that joined while a consent in force still covers it for coordination. */
function takesPart(facts: HistoryFacts, viewer: Viewer, at: string): boolean {
  if (viewer.unitId === facts.ownerUnitId) return true;
  return facts.joined.has(viewer.unitId) && covers(facts, viewer, 'coordination', 'coordination', at, false);
}

function granteeNames(consent: ConsentFacts, viewer: Viewer): boolean {
  return consent.grantees.some((g) => (g.unitId ? g.unitId === viewer.unitId : g.serviceType === viewer.serviceType));
}

function entryAllowed(facts: HistoryFacts, entry: Extract<MarkerFact, { kind: 'entry' }>['entry'], viewer: Viewer, purpose: string, at: string): boolean {
  if (!(PURPOSES as readonly string[]).includes(purpose)) return false; // a purpose is required; statistics sees nothing named
  if (viewer.unitId === entry.ownerUnitId) return viewer.roles.includes('leader') || facts.personal.has(viewer.practitionerId); // own service, need to know
  if (entry.category === 'child-welfare-case') return false; // that a report exists never leaves the unit that recorded it
  const family = FAMILY.get(entry.ownerUnitId) ?? 'other';
  if (family === 'police' && entry.investigationSensitive) return false; // no consent releases it
  return covers(facts, viewer, entry.category, purpose, at, COMPARTMENTS.has(family)); // health, NAV, police, child welfare: the consent must name the category
}

/** Whether the viewer may receive this marker, in an answer read for `purpose` (any purpose when the route takes none) at `at`. */
export function mayReceive(facts: HistoryFacts, marker: MarkerFact, viewer: Viewer, purpose: string | undefined, at: string): boolean {
  switch (marker.kind) {
    case 'entry':
      return (purpose === undefined ? PURPOSES : [purpose]).some((p) => entryAllowed(facts, marker.entry, viewer, p, at));
    case 'registration':
      return takesPart(facts, viewer, at) || (facts.reportId !== undefined && viewer.unitId === CHILD_WELFARE.unitId);
    case 'consent': {
      const coordinates = takesPart(facts, viewer, at) && (viewer.unitId === facts.ownerUnitId || viewer.unitId === facts.holderUnitId);
      return coordinates || granteeNames(facts.consents[marker.consentIndex], viewer);
    }
    case 'report':
      return viewer.unitId === CHILD_WELFARE.unitId && viewer.roles.some((role) => role === 'intake' || role === 'caseworker' || role === 'leader');
    default: {
      const unhandled: never = marker;
      return unhandled;
    }
  }
}
