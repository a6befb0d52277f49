import { Inject, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { CopyLogToKurrentDbHandler } from './application/commands/copy-log-to-kurrentdb/copy-log-to-kurrentdb.handler';
import { createEventStore, type EventStoreSettings } from './event-store.factory';
import { pgPoolOf } from './postgres/shared-pool';
import { EVENT_STORE, type EventStore } from './port/event-store.port';
import { CheckpointStore } from './subscriptions/checkpoint-store';
import { SUBSCRIPTION_LEASE_MS } from './subscriptions/lease';

class EventStoreLifecycle implements OnApplicationShutdown {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async onApplicationShutdown(): Promise<void> {
    await this.store.close();
  }
}

/** Provides the configured engine behind the `EVENT_STORE` token, and the checkpoint store. */
@Module({})
export class EventStoreModule {
  static forRoot(settings: EventStoreSettings): DynamicModule {
    return {
      module: EventStoreModule,
      global: true,
      providers: [
        // On the process's one pool, TypeORM's (see postgres/shared-pool.ts).
        { provide: EVENT_STORE, inject: [DataSource], useFactory: (dataSource: DataSource) => createEventStore(settings, pgPoolOf(dataSource)) },
        {
          provide: CheckpointStore,
          inject: [DataSource],
          useFactory: (dataSource: DataSource) => new CheckpointStore(dataSource, { leaseMs: SUBSCRIPTION_LEASE_MS }),
        },
        EventStoreLifecycle,
        CopyLogToKurrentDbHandler,
      ],
      exports: [EVENT_STORE, CheckpointStore],
    };
  }
}
