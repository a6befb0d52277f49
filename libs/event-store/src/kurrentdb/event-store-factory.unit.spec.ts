import { Pool } from 'pg';
import { createEventStore, eventStoreSettingsFromEnv } from '../event-store.factory';
import { KurrentDbEventStore } from './kurrentdb-event-store';

describe('choosing the KurrentDB engine by configuration', () => {
  describe('when EVENT_STORE=kurrentdb and KURRENTDB_URL are set', () => {
    it('creates the KurrentDB engine without connecting yet', async () => {
      const env = { EVENT_STORE: 'kurrentdb', KURRENTDB_URL: 'kurrentdb://node1:2113,node2:2113,node3:2113?tls=false' };
      // The shared pool is never touched by this engine (nor connected: pg connects on the first query).
      const store = await createEventStore(eventStoreSettingsFromEnv(env, 'postgres://unused/db'), new Pool({ connectionString: 'postgres://unused/db' }));
      expect(store).toBeInstanceOf(KurrentDbEventStore);
      expect(store.engine).toBe('kurrentdb');
      await store.close();
    });
  });

  describe('when KURRENTDB_URL is missing', () => {
    it('refuses to start', () => {
      expect(() => eventStoreSettingsFromEnv({ EVENT_STORE: 'kurrentdb' }, 'postgres://unused/db')).toThrow(/KURRENTDB_URL/);
    });
  });
});
