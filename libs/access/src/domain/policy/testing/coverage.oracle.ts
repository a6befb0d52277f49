import type { ConsentFacts, ConsentProvision, TimelineEntryFacts, Viewer } from '../../timeline-entry';

/**
 * An independent, deliberately naive reading of "a covering consent" for the property tests: it
 * lists every chain of matching provisions from the root down, and looks at where each chain ends
 * (an even depth keeps the consent's decision, an odd depth reverses it). It shares no code with
 * consent-coverage.ts, so a bug there shows up as a disagreement.
 */
export function coveringConsentIds(
  consents: readonly ConsentFacts[],
  viewer: Viewer,
  entry: TimelineEntryFacts,
  at: string,
  purpose: string,
  explicitCategory: boolean,
): string[] {
  const now = new Date(at).getTime();
  const inForce = consents.filter(
    (c) =>
      c.childId === entry.childId &&
      started(now, c.period.from) &&
      (c.period.to === undefined || !started(now, c.period.to)) &&
      (c.withdrawnAt === undefined || now < new Date(c.withdrawnAt).getTime()) &&
      c.grantees.some((g) => (g.unitId ? g.unitId === viewer.unitId : g.serviceType === viewer.serviceType)),
  );
  const permitting: string[] = [];
  for (const c of inForce) {
    const ends = chainEnds(c.provision, 0, entry.category, purpose);
    const decisions = ends.map((end) => ({ permit: (end.depth % 2 === 0) === (c.decision === 'permit'), named: end.named }));
    if (decisions.some((d) => !d.permit)) return [];
    if (decisions.some((d) => d.permit && (d.named || !explicitCategory))) permitting.push(c.consentId);
  }
  return permitting;
}

function chainEnds(p: ConsentProvision, depth: number, category: string, purpose: string): Array<{ depth: number; named: boolean }> {
  const cats: readonly string[] = p.categories ?? [];
  const purps: readonly string[] = p.purposes ?? [];
  if (cats.length && !cats.includes(category)) return [];
  if (purps.length && !purps.includes(purpose)) return [];
  const deeper = (p.exceptions ?? []).flatMap((e) => chainEnds(e, depth + 1, category, purpose));
  return deeper.length ? deeper : [{ depth, named: cats.length > 0 }];
}

/** Written out again on purpose (the oracle must not share code with what it checks): date bounds are Oslo days. */
function started(now: number, bound: string): boolean {
  if (bound.length === 10) return new Intl.DateTimeFormat('sv-SE', { timeZone: 'Europe/Oslo' }).format(now) >= bound;
  return now >= new Date(bound).getTime();
}
