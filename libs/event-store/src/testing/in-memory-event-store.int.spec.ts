import { createTestDatabase, type TestDatabase } from '../../../../test/support/test-database';
import { describeEventStoreContract } from './event-store.contract';
import { InMemoryEventStore } from './in-memory-event-store';

// The log is in memory; checkpoints and the subscription tests' read model are in PostgreSQL (a test
// database of this file's own), as they are for every engine.
let db: TestDatabase;
const store = new InMemoryEventStore();

beforeAll(async () => {
  db = await createTestDatabase();
});
afterAll(() => db.drop());

describeEventStoreContract('in-memory', () => ({ store, readModels: db.dataSource }));
