import { randomUUID } from 'node:crypto';
import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event';
import type { EventStore } from '../port/event-store.port';
import { comparePositions, type GlobalPosition } from '../port/global-position';
import { describeFailure, isTransientFailure } from '../port/database-failure';
import type { CheckpointStore } from './checkpoint-store';
import { SUBSCRIPTION_ACQUIRE_INTERVAL_MS } from './lease';
import { applyHoldingParked, applyOneByOne, DEFAULT_ISOLATION, isParkingHandler, type IsolationSettings, type ParkingHandler } from './parking';

export interface SubscriptionHandler {
  /** Applies one batch inside the transaction that also moves the checkpoint. Throwing undoes both. */
  handle(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
}

export interface SubscriptionSettings {
  readonly batchSize: number;
  /** Wait between reads once caught up. */
  readonly pollIntervalMs: number;
  /** How often a process without the lease tries to take it; with the lease length, bounds fail-over. */
  readonly acquireIntervalMs: number;
  /** Renew the lease this often while idle (well inside the lease length). */
  readonly renewIntervalMs: number;
  /** Longest wait after a failing batch before trying it again. */
  readonly maxBackoffMs: number;
}

export const DEFAULT_SUBSCRIPTION_SETTINGS: SubscriptionSettings = {
  batchSize: 500,
  pollIntervalMs: 100,
  acquireIntervalMs: SUBSCRIPTION_ACQUIRE_INTERVAL_MS,
  renewIntervalMs: 2000,
  maxBackoffMs: 30_000,
};

export interface SubscriptionLogger {
  warn(message: string): void;
  /** A parked event: an operator must look (`projections list`, `projections retry-parked`). */
  error?(message: string): void;
}

/**
 * A durable, named catch-up subscription: reads the global order from its checkpoint, hands each
 * batch to the handler, and follows live by polling once caught up. Engine-agnostic: the log may
 * be PostgreSQL or KurrentDB; the checkpoint and lease are always in PostgreSQL.
 *
 * With a {@link ParkingHandler}, one event can never stall it: a batch that fails for any reason but
 * an unavailable database is applied again event by event, and an event that keeps failing on its
 * own is parked (see parking.ts and docs/event-store.md). A plain handler retries the batch forever.
 */
export class SubscriptionRunner {
  readonly owner: string;
  private running = false;
  private loop?: Promise<void>;
  private wake?: () => void;
  private position?: GlobalPosition;
  private lastRenewAt = 0;
  private failures = 0;

  constructor(
    readonly name: string,
    private readonly store: EventStore,
    private readonly checkpoints: CheckpointStore,
    private readonly handler: SubscriptionHandler,
    private readonly settings: SubscriptionSettings = DEFAULT_SUBSCRIPTION_SETTINGS,
    private readonly logger: SubscriptionLogger = { warn: () => undefined },
    owner?: string,
    private readonly isolation: IsolationSettings = DEFAULT_ISOLATION,
  ) {
    this.owner = owner ?? `${process.pid}:${randomUUID()}`;
  }

  get isLeader(): boolean {
    return this.position !== undefined;
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.running = false;
    this.wake?.();
    await this.loop;
    if (this.position !== undefined) await this.checkpoints.release(this.name, this.owner).catch(() => undefined);
    this.position = undefined;
  }

  private async run(): Promise<void> {
    while (this.running) {
      let pause: number;
      try {
        pause = this.position === undefined ? await this.tryLead() : await this.step();
        this.failures = 0;
      } catch (error) {
        this.failures += 1;
        pause = Math.min(this.settings.maxBackoffMs, 100 * 2 ** Math.min(this.failures, 10));
        // Only the error's class and the subscription: messages may carry personal data.
        const kind = describeFailure(error);
        this.logger.warn(`subscription ${this.name} failed (${kind}), retrying in ${pause} ms`);
        if (this.position !== undefined) {
          await this.checkpoints.recordError(this.name, this.owner, kind).catch(() => undefined);
        }
      }
      if (pause > 0 && this.running) await this.sleep(pause);
    }
  }

  private async tryLead(): Promise<number> {
    this.position = await this.checkpoints.tryAcquire(this.name, this.owner);
    this.lastRenewAt = Date.now();
    return this.position === undefined ? this.settings.acquireIntervalMs : 0;
  }

  /** One read and, when there is anything, one batch. Returns how long to wait before the next. */
  private async step(): Promise<number> {
    const from = this.position!;
    const batch = await this.store.readAll({ after: from, maxCount: this.settings.batchSize });
    if (batch.events.length === 0 && comparePositions(batch.nextPosition, from) === 0) {
      if (Date.now() - this.lastRenewAt >= this.settings.renewIntervalMs) {
        this.lastRenewAt = Date.now();
        const stored = await this.checkpoints.renew(this.name, this.owner);
        // Lost the lease, or the checkpoint was reset for a rebuild: take it up again from the table.
        if (!stored || comparePositions(stored, from) !== 0) this.position = undefined;
      }
      return this.settings.pollIntervalMs;
    }
    let outcome: 'committed' | 'lost';
    try {
      outcome = await this.checkpoints.commitBatch(this.name, this.owner, from, batch.nextPosition, (manager) =>
        isParkingHandler(this.handler) ? applyHoldingParked(this.handler, batch.events, manager) : this.handler.handle(batch.events, manager),
      );
    } catch (error) {
      if (!isParkingHandler(this.handler) || isTransientFailure(error)) throw error;
      this.logger.warn(`subscription ${this.name}: a batch failed (${describeFailure(error)}); applying its events one by one`);
      // isolate() keeps this.position at the last event it committed.
      if ((await this.isolate(this.handler, batch.events, from)) === 'committed') return batch.isFull ? 0 : this.settings.pollIntervalMs;
      outcome = 'lost';
    }
    if (outcome === 'lost') {
      // Another process took over, or the checkpoint was reset for a rebuild: start again from the table.
      this.position = undefined;
      return 0;
    }
    this.position = batch.nextPosition;
    this.lastRenewAt = Date.now();
    return batch.isFull ? 0 : this.settings.pollIntervalMs;
  }

  private async isolate(handler: ParkingHandler, events: readonly RecordedEvent[], from: GlobalPosition): Promise<'committed' | 'lost'> {
    const commit = (start: GlobalPosition, end: GlobalPosition, work: (manager: EntityManager) => Promise<void>) =>
      this.checkpoints.commitBatch(this.name, this.owner, start, end, work);
    const result = await applyOneByOne(events, from, commit, handler, this.isolation, {
      onCommitted: (position) => {
        this.position = position;
        this.lastRenewAt = Date.now();
      },
      // Ids and the failure's class only: the event's content stays in the log.
      onParked: (event, parking) =>
        (this.logger.error ?? this.logger.warn)(
          `subscription ${this.name}: PARKED event ${event.id} (${event.type}, ${parking.kind === 'failed' ? parking.failure : 'held'}); it keeps failing on its own`,
        ),
    });
    return result.outcome;
  }

  private sleep(ms: number): Promise<void> {
    return new Promise((resolve) => {
      const timer = setTimeout(resolve, ms);
      this.wake = () => {
        clearTimeout(timer);
        resolve();
      };
    });
  }
}
