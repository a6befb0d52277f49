import request from 'supertest';
import type { TestApp, TestClock } from '../support/test-app';
import type { GetRoute } from './get-requests';
import type { HistoryFacts } from './leak-facts';
import { mayReceive } from './leak-oracle';
import type { Viewer } from './leak-world';

export interface LeakFigures {
  histories: number;
  writes: number;
  refusedWrites: number;
  requests: number;
  /** Answers with status 200. */
  answered: number;
  /** Markers written into the histories. */
  markersWritten: number;
  /** Markers found in answers, each checked against the oracle. */
  markersChecked: number;
  /** Entries answered as redacted (an entry exists; its content, and so its markers, withheld). */
  redacted: number;
}

const MARKER = /mrk([0-9a-z]+)x([0-9a-z]+)q/g;

/** A small seeded generator, so that a failing history's reads can be repeated from its index. */
function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

/** The route's path for this history: its ids where the route takes them, the child's for any other parameter. */
function pathFor(route: GetRoute, facts: HistoryFacts): string {
  const ids: Record<string, string> = { childId: facts.childId, caseId: facts.caseId, reportId: facts.reportId ?? facts.caseId };
  return route.params.reduce((path, param) => path.replace(`:${param}`, ids[param] ?? facts.childId), route.path);
}

/**
 * Every viewer of the plan calls every GET route about the history's child, with query values drawn
 * from the route's own DTO; every marker in every answer must be one the oracle lets that viewer
 * have, for the purpose asked, now. Markers of earlier histories are checked against their own facts.
 */
export async function readAsViewers(
  app: TestApp,
  tokens: ReadonlyMap<string, string>,
  routes: readonly GetRoute[],
  histories: readonly HistoryFacts[],
  facts: HistoryFacts,
  viewers: readonly Viewer[],
  clock: TestClock,
  figures: LeakFigures,
): Promise<void> {
  const draw = random(facts.index * 7919 + 17);
  for (const viewer of viewers) {
    for (const route of routes) {
      const query = Object.fromEntries(Object.entries(route.query).map(([field, values]) => [field, values[Math.floor(draw() * values.length)]]));
      const purpose = query.purpose as string | undefined;
      const at = clock.now().toISOString();
      const response = await request(app.app.getHttpServer()).get(pathFor(route, facts)).query(query).set('authorization', tokens.get(viewer.practitionerId) as string);
      figures.requests += 1;
      if (response.status >= 500) throw new Error(`GET ${route.path} as ${viewer.practitionerId}: ${response.status}`);
      if (response.status === 200) figures.answered += 1;
      figures.redacted += (response.text ?? '').split('"visibility":"redacted"').length - 1;
      for (const [marker, historyIndex] of (response.text ?? '').matchAll(MARKER)) {
        const owner = histories[parseInt(historyIndex, 36)];
        const fact = owner?.markers.get(marker);
        if (!owner || !fact) throw new Error(`GET ${route.path} as ${viewer.practitionerId} shows ${marker}, which no history wrote`);
        figures.markersChecked += 1;
        if (!mayReceive(owner, fact, viewer, purpose, at)) {
          throw new Error(
            `LEAK: GET ${pathFor(route, facts)}?${new URLSearchParams(query)} as ${viewer.practitionerId} (${viewer.unitId}) shows ${marker} (${JSON.stringify(fact)}) of history ${owner.index}: ` +
              JSON.stringify({ ...owner, joined: [...owner.joined], personal: [...owner.personal], markers: undefined }),
          );
        }
      }
    }
  }
}
