import { Pool } from 'pg';
import type { EventStore } from './port/event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';

export type EventStoreEngine = 'postgresql' | 'kurrentdb';

export interface EventStoreSettings {
  readonly engine: EventStoreEngine;
  /** PostgreSQL: the log (engine postgresql) and always the checkpoints and read models. */
  readonly databaseUrl: string;
  /** KurrentDB connection string, e.g. `kurrentdb://localhost:2113?tls=false` (engine kurrentdb). */
  readonly kurrentdbUrl?: string;
  readonly poolSize?: number;
}

/** Reads `EVENT_STORE` and `KURRENTDB_URL`; the only place that knows which engines exist. */
export function eventStoreSettingsFromEnv(env: NodeJS.ProcessEnv, databaseUrl: string): EventStoreSettings {
  const engine = (env.EVENT_STORE ?? 'postgresql').toLowerCase();
  if (engine !== 'postgresql' && engine !== 'kurrentdb') {
    throw new Error(`EVENT_STORE must be 'postgresql' or 'kurrentdb', not '${engine}'`);
  }
  if (engine === 'kurrentdb' && !env.KURRENTDB_URL) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
  return { engine, databaseUrl, kurrentdbUrl: env.KURRENTDB_URL, poolSize: Number(env.EVENT_STORE_POOL_SIZE ?? 20) };
}

export async function createEventStore(settings: EventStoreSettings): Promise<EventStore> {
  switch (settings.engine) {
    case 'postgresql': {
      const pool = new Pool({ connectionString: settings.databaseUrl, max: settings.poolSize ?? 20, connectionTimeoutMillis: 5000 });
      // An idle connection dropped by the server (restart, shutdown) must not crash the process;
      // the pool replaces it on the next query.
      pool.on('error', () => undefined);
      return new PostgresEventStore(pool);
    }
    case 'kurrentdb': {
      if (!settings.kurrentdbUrl) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
      // Loaded here only, so that deployments on the PostgreSQL log never load KurrentDB's native client.
      const { KurrentDbEventStore } = require('./kurrentdb/kurrentdb-event-store') as typeof import('./kurrentdb/kurrentdb-event-store');
      return KurrentDbEventStore.connect(settings.kurrentdbUrl);
    }
  }
}
