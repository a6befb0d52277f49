import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';

// The contract suite against a real KurrentDB. No KurrentDB server runs on our CI machines, so it
// runs only where KURRENTDB_URL points at one (a dedicated, empty node or cluster: the suite reads
// all of $all), e.g. KURRENTDB_URL='kurrentdb://localhost:2113?tls=false' npx jest kurrentdb.
const url = process.env.KURRENTDB_URL;
// Written to stdout directly: Jest drops console output of a file whose tests are all skipped.
if (!url) process.stdout.write('KurrentDB contract suite skipped: KURRENTDB_URL is not set (no KurrentDB server runs on this machine)\n');
const describeWithKurrentDb = url ? describe : describe.skip; // KURRENTDB_URL unset: no server here

describeWithKurrentDb('KurrentDB engine at KURRENTDB_URL', () => {
  let db: TestDatabase;
  let store: KurrentDbEventStore;

  beforeAll(async () => {
    db = await createTestDatabase();
    store = KurrentDbEventStore.connect(url!);
  });
  afterAll(async () => {
    await store?.close();
    await db?.drop();
  });

  describeEventStoreContract('kurrentdb', () => ({ store, readModels: db.dataSource }));
});
