import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '../port/event';
import type { GlobalPosition } from '../port/global-position';
import { describeFailure, isTransientFailure } from '../port/database-failure';

/**
 * Why an event is parked: it failed on its own (the poison event), or it was held back because an
 * earlier event of its stream is parked, so that a retry can apply the stream in its own order.
 */
export type Parking = { readonly kind: 'failed'; readonly failure: string; readonly attempts: number } | { readonly kind: 'held' };

/** A subscription handler that parks an event failing on its own instead of stopping at it. */
export interface ParkingHandler {
  handle(events: readonly RecordedEvent[], manager: EntityManager): Promise<void>;
  /** Streams with a parked event, read inside the batch's transaction. */
  heldStreams(manager: EntityManager): Promise<ReadonlySet<string>>;
  park(event: RecordedEvent, parking: Parking, manager: EntityManager): Promise<void>;
}

export function isParkingHandler(handler: { handle: unknown }): handler is ParkingHandler {
  const candidate = handler as Partial<ParkingHandler>;
  return typeof candidate.park === 'function' && typeof candidate.heldStreams === 'function';
}

/** Runs `work` and moves the checkpoint from `from` to `to` in one transaction; 'lost' when fenced out. */
export type CommitStep = (from: GlobalPosition, to: GlobalPosition, work: (manager: EntityManager) => Promise<void>) => Promise<'committed' | 'lost'>;

/** How often one event is tried on its own before it is parked, and the pause between tries. */
export interface IsolationSettings {
  readonly attempts: number;
  readonly pauseMs: number;
}

export const DEFAULT_ISOLATION: IsolationSettings = { attempts: 3, pauseMs: 200 };

/** Applies a batch, parking (as held) every event of a stream that already has a parked event. */
export async function applyHoldingParked(handler: ParkingHandler, events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
  const held = await handler.heldStreams(manager);
  const rest: RecordedEvent[] = [];
  for (const event of events) {
    if (held.has(event.streamId)) await handler.park(event, { kind: 'held' }, manager);
    else rest.push(event);
  }
  if (rest.length > 0) await handler.handle(rest, manager);
}

export interface IsolationResult {
  readonly outcome: 'committed' | 'lost';
  /** The checkpoint after the last event committed (applied or parked). */
  readonly position: GlobalPosition;
}

/** Told of each committed step, so that the caller keeps its position when a later step throws. */
export interface IsolationHooks {
  onCommitted(position: GlobalPosition): void;
  onParked?(event: RecordedEvent, parking: Parking): void;
}

/**
 * After a batch failed: every event on its own, in its own transaction. An event that fails
 * `attempts` times (never because the database is away: a transient failure is thrown to the caller,
 * which backs off and comes back) is parked with the failure's class, and the subscription goes on.
 */
export async function applyOneByOne(
  events: readonly RecordedEvent[],
  from: GlobalPosition,
  commit: CommitStep,
  handler: ParkingHandler,
  settings: IsolationSettings,
  hooks: IsolationHooks,
): Promise<IsolationResult> {
  let position = from;
  for (const event of events) {
    const to = event.globalPosition;
    for (let attempt = 1; ; attempt++) {
      try {
        if ((await commit(position, to, (manager) => applyHoldingParked(handler, [event], manager))) === 'lost') return { outcome: 'lost', position };
        break;
      } catch (error) {
        if (isTransientFailure(error)) throw error;
        if (attempt < settings.attempts) {
          await new Promise((resolve) => setTimeout(resolve, settings.pauseMs * attempt));
          continue;
        }
        const parking: Parking = { kind: 'failed', failure: describeFailure(error), attempts: attempt };
        if ((await commit(position, to, (manager) => handler.park(event, parking, manager))) === 'lost') return { outcome: 'lost', position };
        hooks.onParked?.(event, parking);
        break;
      }
    }
    position = to;
    hooks.onCommitted(position);
  }
  return { outcome: 'committed', position };
}
