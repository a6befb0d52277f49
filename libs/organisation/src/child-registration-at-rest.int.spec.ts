import { randomBytes, randomUUID } from 'node:crypto';
import { PostgresEventStore, type NewEvent } from '@stafett/event-store';
import { NationalIdHasher } from '@stafett/identity';
import { MasterKeyring } from '@stafett/identity';
import { PersonalDataErasedError } from '@stafett/identity';
import { PersonalDataVault } from '@stafett/identity';
import { PostgresChildKeyStore } from '@stafett/identity';
import { SecretKey } from '@stafett/identity';
import { createTestDatabase, type TestDatabase } from '../../../test/support/test-database';
import type { RegisterChild } from './domain/child.commands';
import { childDecider } from './domain/child.decide';
import { childStreamId, type ChildRegistered } from './domain/child.events';
import { revealChildRegistration } from './domain/child.reveal';

// The acceptance check: the raw events table holds no national id or name in clear text,
// yet the child can be found by number and read back, until its key is destroyed.
const CHILD = '17051950186';
const MOTHER = '01019012480';
const FATHER = '45019012410';
const SECRETS = [CHILD, MOTHER, FATHER, 'Emma Nordmann Hansen', 'Kari Nordmann', 'Per Hansen', '2019-05-17'];

let db: TestDatabase;
let store: PostgresEventStore;
let vault: PersonalDataVault;
const hasher = new NationalIdHasher(SecretKey.fromBytes(randomBytes(32)));

beforeAll(async () => {
  db = await createTestDatabase();
  store = new PostgresEventStore(db.pool);
  vault = new PersonalDataVault(new PostgresChildKeyStore(db.pool), MasterKeyring.fromConfig({ current: randomBytes(32).toString('base64') }));
});
afterAll(() => db.drop());

async function registerChild(childId: string): Promise<void> {
  const command: RegisterChild = {
    type: 'RegisterChild',
    childId,
    subject: { kind: 'born', nationalId: CHILD, name: 'Emma Nordmann Hansen' },
    homeMunicipality: '5029',
    guardians: [
      { nationalId: MOTHER, name: 'Kari Nordmann', holdsParentalResponsibility: true },
      { nationalId: FATHER, name: 'Per Hansen', holdsParentalResponsibility: true },
    ],
  };
  const cipher = await vault.cipherFor(childId);
  const events = childDecider.decide(command, childDecider.initialState(), {
    today: '2026-03-01',
    protection: { encrypt: cipher.encrypt, lookupHash: (id) => hasher.hash(id) },
  });
  const toStore: NewEvent[] = events.map((event) => ({
    id: randomUUID(),
    type: event.type,
    data: event.data,
    metadata: { correlationId: randomUUID(), actorUserId: 'demo-barnehage-leder', childId, occurredAt: '2026-03-01T09:00:00.000Z' },
  }));
  await store.append(childStreamId(childId), toStore, 'no_stream');
}

describe('a registered child in the events table', () => {
  const childId = randomUUID();
  beforeAll(() => registerChild(childId));

  it('shows no national id, name or birth date in clear text', async () => {
    const { rows } = await db.pool.query<{ row: string }>('SELECT e::text AS row FROM events e');
    expect(rows.length).toBeGreaterThan(0);
    for (const { row } of rows) for (const secret of SECRETS) expect(row).not.toContain(secret);
  });

  it('is found by the keyed hash of its own or a guardian’s number', async () => {
    const byChild = await db.pool.query(`SELECT stream_id FROM events WHERE data->'subject'->>'nationalIdLookup' = $1`, [hasher.hash(CHILD)]);
    const byGuardian = await db.pool.query(`SELECT stream_id FROM events WHERE data->'guardians' @> $1::jsonb`, [
      JSON.stringify([{ nationalIdLookup: hasher.hash(FATHER) }]),
    ]);
    expect(byChild.rows).toEqual([{ stream_id: childStreamId(childId) }]);
    expect(byGuardian.rows).toEqual([{ stream_id: childStreamId(childId) }]);
  });

  it('reads back in clear text with the child’s key', async () => {
    const [event] = await store.readStream(childStreamId(childId));
    const cipher = await vault.existingCipherFor(childId);
    expect(revealChildRegistration((event as ChildRegistered).data, cipher.decrypt)).toEqual({
      childId,
      subject: { kind: 'born', nationalId: CHILD, birthDate: '2019-05-17', name: 'Emma Nordmann Hansen' },
      homeMunicipality: '5029',
      guardians: [
        { nationalId: MOTHER, name: 'Kari Nordmann', holdsParentalResponsibility: true },
        { nationalId: FATHER, name: 'Per Hansen', holdsParentalResponsibility: true },
      ],
    });
  });

  describe('when the child’s key is destroyed', () => {
    it('can no longer be read, though the event stays in the log', async () => {
      const erased = randomUUID();
      await registerChild(erased);
      await vault.destroyKey(erased);
      const [event] = await store.readStream(childStreamId(erased));
      expect(event.type).toBe('ChildRegistered');
      await expect(vault.existingCipherFor(erased)).rejects.toThrow(PersonalDataErasedError);
    });
  });
});
