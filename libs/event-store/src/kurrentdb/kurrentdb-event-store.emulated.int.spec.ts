import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreContract } from '../testing/event-store.contract';
import { KurrentDbEventStore } from './kurrentdb-event-store';
import { KurrentDbEmulator } from './testing/kurrentdb-emulator';

// The adapter's own logic (idempotency on top of KurrentDB's, $all paging past system records,
// checkpoints in PostgreSQL) under the contract suite, against an in-memory emulation of the
// KurrentDB behaviour it relies on. It does not replace kurrentdb-event-store.int.spec.ts, which
// runs the same suite against a real server wherever KURRENTDB_URL is set.
let db: TestDatabase;
let store: KurrentDbEventStore;

beforeAll(async () => {
  db = await createTestDatabase();
  store = new KurrentDbEventStore(new KurrentDbEmulator());
});
afterAll(async () => {
  await store.close();
  await db.drop();
});

describeEventStoreContract('kurrentdb adapter on the in-memory KurrentDB emulator', () => ({ store, readModels: db.dataSource }));
