import { randomUUID } from 'node:crypto';
import { WrongExpectedVersionError } from '../port/errors';
import type { EventMetadata } from '../port/event';
import type { EventStream, LoadedStream } from './event-stream';

/** How a stream's events fold into the state a decider decides on (Emmett's `evolve` and `initialState`). */
export interface StreamModel<S, E> {
  evolve(state: S, event: E): S;
  initialState(): S;
}

export interface HandleOptions {
  /**
   * The id of the i-th event appended. Derived from the request's Idempotency-Key, a retry finds its
   * first event stored and is answered with what it appended then, writing nothing new.
   */
  readonly eventId?: (index: number) => string;
  readonly metadata: Omit<EventMetadata, 'correlationId'> & { readonly correlationId?: string };
  /** Attempts on a concurrent change before the conflict reaches the caller (default 5). */
  readonly maxAttempts?: number;
}

export interface Handled<S, E> {
  /** What this command appended (or, on a retry, what the first request appended). */
  readonly events: readonly E[];
  /** The state before the command. */
  readonly before: S;
  /** True when the request was a retry of one stored already. */
  readonly replayed: boolean;
}

/**
 * The one command-handling loop (Emmett's CommandHandler): read the stream, fold it, decide, append
 * with the version read; on a concurrent append read again and decide again, a bounded number of times.
 * `decide` may refuse by throwing; it gets the loaded stream too, for checks such as "the child's key
 * was erased".
 */
export async function handleCommand<S, E>(
  stream: EventStream<E>,
  streamId: string,
  model: StreamModel<S, E>,
  decide: (state: S, loaded: LoadedStream<E>) => readonly E[] | Promise<readonly E[]>,
  options: HandleOptions,
): Promise<Handled<S, E>> {
  const maxAttempts = options.maxAttempts ?? 5;
  const eventId = options.eventId ?? (() => randomUUID());
  const metadata: EventMetadata = { ...options.metadata, correlationId: options.metadata.correlationId ?? randomUUID() };
  for (let attempt = 1; ; attempt++) {
    const loaded = await stream.read(streamId);
    const before = loaded.events.reduce(model.evolve, model.initialState());
    if (options.eventId && loaded.recorded.some((e) => e.id === eventId(0))) {
      const ours = new Set(loaded.recorded.map((_, i) => eventId(i)));
      return { events: loaded.events.filter((_, i) => ours.has(loaded.recorded[i].id)), before, replayed: true };
    }
    const events = await decide(before, loaded);
    if (events.length === 0) return { events, before, replayed: false };
    try {
      await stream.append(streamId, events, events.map((_, i) => eventId(i)), loaded.version, metadata);
      return { events, before, replayed: false };
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError) || attempt >= maxAttempts) throw error;
    }
  }
}
