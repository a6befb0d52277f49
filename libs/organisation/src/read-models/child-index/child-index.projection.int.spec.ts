import { randomUUID } from 'node:crypto';
import type { RecordedEvent } from '@stafett/event-store';
import type { LookupHash } from '@stafett/identity';
import { createTestDatabase, type TestDatabase } from '../../../../../test/support/test-database';
import type { DataSource } from 'typeorm';
import { syntheticNationalId } from '../../testing/synthetic-national-ids';
import type { RegisterChild } from '../../domain/child.commands';
import { childDecider } from '../../domain/child.decide';
import { childStreamId } from '../../domain/child.events';
import { fakeProtection } from '../../domain/testing/fake-personal-data-protection';
import { ChildIndexProjection } from './child-index.projection';
import { ChildIndexReader } from './child-index.reader';

const protection = fakeProtection();
const MOTHER = syntheticNationalId('1990-01-01', 100);
const FATHER = syntheticNationalId('1988-03-04', 200);
let position = 0n;

function recorded(streamId: string, type: string, data: unknown, childId?: string): RecordedEvent {
  position += 1n;
  return {
    id: randomUUID(),
    type,
    data,
    metadata: { correlationId: randomUUID(), occurredAt: `2026-03-01T09:00:${String(Number(position % 60n)).padStart(2, '0')}.000Z`, childId },
    streamId,
    streamVersion: 1n,
    globalPosition: { commit: position, prepare: position },
    recordedAt: new Date(),
  };
}

function registration(homeMunicipality: string, child: string): RecordedEvent {
  const childId = randomUUID();
  const command: RegisterChild = {
    type: 'RegisterChild',
    childId,
    subject: { kind: 'born', nationalId: child },
    homeMunicipality,
    guardians: [
      { nationalId: MOTHER, name: 'Oddveig Testesen', holdsParentalResponsibility: true },
      { nationalId: FATHER, name: 'Bjarte Prøvesen', holdsParentalResponsibility: true },
    ],
  };
  const [event] = childDecider.decide(command, childDecider.initialState(), { today: '2026-03-01', protection, allowSyntheticNationalIds: true });
  return recorded(childStreamId(childId), event.type, event.data, childId);
}

async function apply(dataSource: DataSource, events: readonly RecordedEvent[]): Promise<void> {
  await dataSource.transaction((manager) => new ChildIndexProjection().apply(events, manager));
}

describe('the child index', () => {
  let db: TestDatabase;
  let reader: ChildIndexReader;
  const lookup = (nationalId: string): LookupHash => protection.lookupHash(nationalId);
  const rows = () => db.dataSource.query('SELECT child_id, home_municipality, lookup_hashes, registered_at FROM child_index ORDER BY child_id');

  beforeAll(async () => {
    db = await createTestDatabase();
    reader = new ChildIndexReader(db.dataSource);
  });
  afterAll(() => db.drop());

  describe('when siblings are registered', () => {
    const older = registration('5029', syntheticNationalId('2016-02-03', 500));
    const younger = registration('5028', syntheticNationalId('2019-05-17', 500));
    const unrelated = [recorded(`child-access-${randomUUID()}`, 'ChildDataRead', { purpose: 'follow-up' }), recorded('organisation', 'MunicipalityRegistered', {})];

    it('finds each child by its own number, and both by a parent’s', async () => {
      await apply(db.dataSource, [older, ...unrelated, younger]);
      const childIdOf = (event: RecordedEvent) => (event.data as { childId: string }).childId;
      expect(await reader.findByLookupHash(lookup(syntheticNationalId('2016-02-03', 500)))).toEqual([{ childId: childIdOf(older), homeMunicipality: '5029' }]);
      expect((await reader.findByLookupHash(lookup(MOTHER))).map((c) => c.childId).sort()).toEqual([childIdOf(older), childIdOf(younger)].sort());
      expect(await reader.findByLookupHash(lookup(syntheticNationalId('2001-01-01', 600)))).toEqual([]);
    });

    it('gives the same rows when events are replayed, in one batch or many', async () => {
      const before = await rows();
      await apply(db.dataSource, [older, younger, older]);
      await apply(db.dataSource, [younger]);
      expect(await rows()).toEqual(before);
      expect(before).toHaveLength(2);
    });

    it('holds hashes only: no national id in any row', async () => {
      const text = JSON.stringify(await rows());
      for (const id of [MOTHER, FATHER, syntheticNationalId('2016-02-03', 500)]) expect(text).not.toContain(id);
    });

    it('is emptied by reset, for a rebuild', async () => {
      await db.dataSource.transaction((manager) => new ChildIndexProjection().reset(manager));
      expect(await rows()).toEqual([]);
    });
  });
});
