import { Inject, Injectable, Logger, type BeforeApplicationShutdown, type OnApplicationBootstrap } from '@nestjs/common';
import { CheckpointStore, DEFAULT_SUBSCRIPTION_SETTINGS, EVENT_STORE, SubscriptionRunner, type EventStore } from '@stafett/event-store';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import { ParkedEvents } from '../parking/parked-events';
import { PROJECTIONS, type Projection } from './projection';

/**
 * Runs one subscription per projection in this process when `runProjections` is on (the API in
 * single-node mode, the worker always). Each stays active in one process at a time via its lease.
 * An event a projection keeps failing on is parked and the projection goes on (parked-events.ts).
 */
@Injectable()
export class ProjectionHost implements OnApplicationBootstrap, BeforeApplicationShutdown {
  private readonly logger = new Logger(ProjectionHost.name);
  private readonly runners: SubscriptionRunner[] = [];
  private readonly parked = new ParkedEvents();

  constructor(
    @Inject(PROJECTIONS) private readonly projections: Projection[],
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    @Inject(APP_CONFIG) private readonly config: AppConfig,
  ) {}

  onApplicationBootstrap(): void {
    if (!this.config.runProjections) return;
    for (const projection of this.projections) {
      const runner = new SubscriptionRunner(
        projection.name,
        this.store,
        this.checkpoints,
        this.parked.handlerFor(projection),
        DEFAULT_SUBSCRIPTION_SETTINGS,
        { warn: (message) => this.logger.warn(message), error: (message) => this.logger.error(message) },
      );
      runner.start();
      this.runners.push(runner);
    }
    this.logger.log(`running ${this.runners.length} projection(s)`);
  }

  /** Before any module's shutdown: the runners release their leases while the DataSource (and its pool) is still open. */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.all(this.runners.splice(0).map((runner) => runner.stop()));
  }
}
