import type { Pool } from 'pg';
import type { EventStore } from './port/event-store.port';
import { PostgresEventStore } from './postgres/postgres-event-store';

export type EventStoreEngine = 'postgresql' | 'kurrentdb';

export interface EventStoreSettings {
  readonly engine: EventStoreEngine;
  /** PostgreSQL: the log (engine postgresql) and always the checkpoints and read models. */
  readonly databaseUrl: string;
  /** KurrentDB connection string, e.g. `kurrentdb://localhost:2113?tls=false` (engine kurrentdb). */
  readonly kurrentdbUrl?: string;
}

/** Reads `EVENT_STORE` and `KURRENTDB_URL`; the only place that knows which engines exist. */
export function eventStoreSettingsFromEnv(env: NodeJS.ProcessEnv, databaseUrl: string): EventStoreSettings {
  const engine = (env.EVENT_STORE ?? 'postgresql').toLowerCase();
  if (engine !== 'postgresql' && engine !== 'kurrentdb') {
    throw new Error(`EVENT_STORE must be 'postgresql' or 'kurrentdb', not '${engine}'`);
  }
  if (engine === 'kurrentdb' && !env.KURRENTDB_URL) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
  return { engine, databaseUrl, kurrentdbUrl: env.KURRENTDB_URL };
}

/**
 * The configured engine. PostgreSQL appends and reads on `pool`, the process's one pool (TypeORM's,
 * see postgres/shared-pool.ts), which the store borrows and never ends.
 */
export async function createEventStore(settings: EventStoreSettings, pool: Pool): Promise<EventStore> {
  switch (settings.engine) {
    case 'postgresql':
      return new PostgresEventStore(pool, { endPoolOnClose: false });
    case 'kurrentdb': {
      if (!settings.kurrentdbUrl) throw new Error('EVENT_STORE=kurrentdb needs KURRENTDB_URL');
      return connectKurrentDb(settings.kurrentdbUrl);
    }
  }
}

/** The KurrentDB engine at `url`. Loaded only here, so deployments on the PostgreSQL log never load its native client. */
export function connectKurrentDb(url: string): import('./kurrentdb/kurrentdb-event-store').KurrentDbEventStore {
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- deliberately lazy (see above)
  const { KurrentDbEventStore } = require('./kurrentdb/kurrentdb-event-store') as typeof import('./kurrentdb/kurrentdb-event-store');
  return KurrentDbEventStore.connect(url);
}
