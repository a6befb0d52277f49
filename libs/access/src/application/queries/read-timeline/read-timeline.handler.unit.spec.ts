import { type Principal, ForbiddenProblem } from '@stafett/auth';
import { InvalidCommandError } from '@stafett/kernel';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { ConsentFacts, TimelineEntryFacts, Viewer, VisibilityDecision } from '../../../domain/timeline-entry';
import type { StoredTimelineEntry, TimelineSource } from '../../../read-models/child-timeline/child-timeline.reader';
import type { TimelineContentSource } from '../../../infrastructure/timeline-content';
import type { VisibilityPolicy } from '../../visibility-policy';
import { ChildAccessLog } from '../../../infrastructure/child-access-log';
import type { ChildRelation } from '../../relations/child-relation';
import type { RelationSource } from '../../relations/relation-source';
import { ReadTimelineHandler } from './read-timeline.handler';
import { ReadTimelineQuery } from './read-timeline.query';

// Everything here is in memory on purpose: this specifies the use case (gather facts, ask the policy,
// shape, record), not the policy and not the consent register, which have their own tests. The
// policy and consents are explicit stand-ins so each test states exactly what they answered.

const CHILD = '0b5c2b3e-7a51-4c36-9d2e-3f1a2b3c4d5e';
const NOW = new Date('2026-03-20T10:00:00.000Z');
const leader: Principal = { practitionerId: 'leder-1', unitId: 'barnehage-a', serviceType: 'barnehage', roles: ['leader'], tokenExpiresAt: new Date('2030-01-01') };

function entry(n: number, ownerUnitId = 'barnehage-a', category: TimelineEntryFacts['category'] = 'observation'): StoredTimelineEntry {
  return {
    entryId: `e${n}`,
    childId: CHILD,
    caseId: 'sak-1',
    category,
    ownerUnitId,
    ownerServiceType: ownerUnitId.startsWith('helse') ? 'helsestasjon' : 'barnehage',
    ownerFamily: ownerUnitId.startsWith('helse') ? 'health' : 'education',
    occurredAt: `2026-03-0${n}T08:00:00.000Z`,
    eventType: 'ConcernRegistered',
    streamId: 'concern-sak-1',
    streamVersion: BigInt(n),
  };
}

const CONSENT: ConsentFacts = { consentId: 'samtykke-1', childId: CHILD, decision: 'permit', period: { from: '2026-01-01' }, grantees: [{ unitId: 'barnehage-a' }], provision: {} };

function setUp(options: { entries: StoredTimelineEntry[]; decide: Record<string, VisibilityDecision['visibility']>; refuse?: boolean }) {
  const store = new InMemoryEventStore();
  const calls: Array<{ viewer: Viewer; entry: TimelineEntryFacts; consents: readonly ConsentFacts[]; at: string; purpose: string }> = [];
  const policy: VisibilityPolicy = (viewer, e, consents, at, purpose) => {
    calls.push({ viewer, entry: e, consents, at, purpose });
    const visibility = options.decide[e.entryId] ?? 'hidden';
    return { visibility, basis: visibility === 'shown' ? { kind: 'own-service' } : { kind: 'none' }, rule: `test-${visibility}` };
  };
  const relation: ChildRelation = {
    childId: CHILD,
    homeMunicipality: '5029',
    cases: [{ caseId: 'sak-1', owns: true, holdsBaton: false, takesPart: true, lapsed: false, personal: false, open: true }],
    childWelfareReport: false,
    reportFeedback: false,
    namedByConsent: false,
  };
  const timeline: TimelineSource = { entriesFor: async () => options.entries };
  const loaded: string[] = [];
  const content: TimelineContentSource = {
    contentOf: async (_childId, shown) => {
      loaded.push(...shown.map((e) => e.entryId));
      return new Map(shown.map((e) => [e.entryId, { text: `innhold ${e.entryId}` }]));
    },
  };
  const relations: RelationSource = {
    of: async () => (options.refuse ? { relation: { ...relation, cases: [] }, consents: [CONSENT] } : { relation, consents: [CONSENT] }),
  };
  const read = new ReadTimelineHandler(timeline, content, relations, policy, new ChildAccessLog(store), { now: () => NOW });
  const handler = { execute: (childId: string, purpose: unknown, request: { principal: Principal; correlationId?: string }) => read.execute(new ReadTimelineQuery(childId, purpose, request)) };
  const accessLog = () => store.readStream(`child-access-${CHILD}`);
  return { handler, calls, loaded, accessLog, store };
}

describe('reading a child’s timeline', () => {
  describe('when the policy shows one entry, redacts one and hides one', () => {
    const world = () => setUp({ entries: [entry(1), entry(2, 'helse-b', 'health'), entry(3, 'helse-b', 'health')], decide: { e1: 'shown', e2: 'redacted' } });

    it('returns the shown entry in full, the redacted one as category, service type and time, and not the hidden one', async () => {
      const { handler } = world();
      const view = await handler.execute(CHILD, 'coordination', { principal: leader });
      expect(view).toEqual({
        childId: CHILD,
        purpose: 'coordination',
        readAt: NOW.toISOString(),
        entries: [
          {
            visibility: 'shown', basis: { kind: 'own-service' }, rule: 'test-shown', category: 'observation', ownerServiceType: 'barnehage',
            occurredAt: '2026-03-01T08:00:00.000Z', entryId: 'e1', caseId: 'sak-1', ownerUnitId: 'barnehage-a', eventType: 'ConcernRegistered',
            content: { text: 'innhold e1' },
          },
          { visibility: 'redacted', basis: { kind: 'none' }, rule: 'test-redacted', category: 'health', ownerServiceType: 'helsestasjon', occurredAt: '2026-03-02T08:00:00.000Z' },
        ],
      });
    });

    it('loads the content of shown entries only', async () => {
      const { handler, loaded } = world();
      await handler.execute(CHILD, 'coordination', { principal: leader });
      expect(loaded).toEqual(['e1']);
    });

    it('records the read with the shown entries before answering', async () => {
      const { handler, accessLog } = world();
      await handler.execute(CHILD, 'coordination', { principal: leader, correlationId: 'req-1' });
      const log = await accessLog();
      expect(log.map((e) => [e.type, e.data])).toEqual([['TimelineRead', { practitionerId: 'leder-1', unitId: 'barnehage-a', purpose: 'coordination', shownEntryIds: ['e1'] }]]);
      expect(log[0].metadata).toMatchObject({ childId: CHILD, actorUserId: 'leder-1', actorServiceId: 'barnehage-a', correlationId: 'req-1', occurredAt: NOW.toISOString() });
    });

    it('shows nothing when the read cannot be recorded', async () => {
      const { handler, store } = world();
      store.append = async () => {
        throw new Error('store down');
      };
      await expect(handler.execute(CHILD, 'coordination', { principal: leader })).rejects.toThrow('store down');
    });

    it('asks the policy per entry with the viewer, the consents, the moment and the purpose', async () => {
      const { handler, calls } = world();
      await handler.execute(CHILD, 'follow-up', { principal: leader });
      expect(calls.map((c) => c.entry.entryId)).toEqual(['e1', 'e2', 'e3']);
      expect(calls[0]).toEqual({
        viewer: {
          practitionerId: 'leder-1', unitId: 'barnehage-a', serviceType: 'barnehage', family: 'education', roles: ['leader'],
          participatingCaseIds: ['sak-1'], personalCaseIds: [], assignedToChild: false,
        },
        entry: expect.not.objectContaining({ streamId: expect.anything() }),
        consents: [CONSENT],
        at: NOW.toISOString(),
        purpose: 'follow-up',
      });
    });
  });

  describe('when nothing is shown', () => {
    it('answers with the redacted entries and records no read', async () => {
      const { handler, accessLog, loaded } = setUp({ entries: [entry(1, 'helse-b', 'health'), entry(2)], decide: { e1: 'redacted' } });
      const view = await handler.execute(CHILD, 'coordination', { principal: leader });
      expect(view.entries.map((e) => e.visibility)).toEqual(['redacted']);
      expect(await accessLog()).toEqual([]);
      expect(loaded).toEqual([]);
    });
  });

  describe('when the purpose is missing or unknown', () => {
    it.each([undefined, '', 'curiosity'])('refuses %p before reading anything', async (purpose) => {
      const { handler, calls, accessLog } = setUp({ entries: [entry(1)], decide: { e1: 'shown' } });
      await expect(handler.execute(CHILD, purpose, { principal: leader })).rejects.toBeInstanceOf(InvalidCommandError);
      expect(calls).toEqual([]);
      expect(await accessLog()).toEqual([]);
    });
  });

  describe('when the caller has no relation to the child', () => {
    it('refuses with the one 403 of an unknown child and records nothing', async () => {
      const { handler, calls, accessLog } = setUp({ entries: [entry(1)], decide: { e1: 'shown' }, refuse: true });
      await expect(handler.execute(CHILD, 'coordination', { principal: leader })).rejects.toBeInstanceOf(ForbiddenProblem);
      expect(calls).toEqual([]);
      expect(await accessLog()).toEqual([]);
    });
  });
});
