import { randomUUID } from 'node:crypto';
import {
  StreamNotFoundError,
  WrongExpectedVersionError,
  type AllStreamResolvedEvent,
  type AppendResult,
  type AppendStreamState,
  type EventData,
  type Position,
  type ReadPosition,
  type ReadRevision,
  type ResolvedEvent,
} from '@kurrent/kurrentdb-client';
import type { KurrentDbClient } from '../kurrentdb-client';

interface StoredRecord {
  readonly streamId: string;
  readonly id: string;
  readonly revision: bigint;
  readonly type: string;
  readonly data: string;
  readonly metadata: string;
  readonly created: Date;
  readonly position: Position;
}

type CommitCheck = { kind: 'write' } | { kind: 'idempotent'; last: StoredRecord } | { kind: 'conflict' };

/**
 * An in-memory stand-in for the part of KurrentDB the adapter uses, for tests on machines where no
 * KurrentDB server runs. It follows KurrentDB's documented behaviour where the adapter depends on it:
 * - a retried batch (same ids at the expected revision, or from revision 0 with `no_stream`) is
 *   acknowledged like the original write, and nothing is written;
 * - `any` and `stream_exists` do no idempotency check at all (the worst KurrentDB allows);
 * - `$all` is read from a position inclusively; events of one append share a commit position;
 * - KurrentDB writes system records of its own (here: a `$>` link in `$ce-<category>` after each
 *   append, as its by-category projection does) that readers must skip;
 * - reading a missing stream fails with StreamNotFoundError.
 * It is not KurrentDB: the contract suite against a real server (KURRENTDB_URL) is the judge.
 */
export class KurrentDbEmulator implements KurrentDbClient {
  private readonly log: StoredRecord[] = [];
  private readonly streams = new Map<string, StoredRecord[]>();
  private logPosition = 1_000n;
  private failNextAppendAfterWrite?: Error;

  /** The next append is stored but its answer is lost: the caller sees `error` instead. */
  loseNextAcknowledgement(error: Error): void {
    this.failNextAppendAfterWrite = error;
  }

  async appendToStream(streamName: string, events: EventData[], options: { streamState: AppendStreamState }): Promise<AppendResult> {
    await nextTurn(); // other callers get a turn, as over a network; the check and write below are atomic
    const stream = this.streams.get(streamName) ?? [];
    const current = stream.length === 0 ? undefined : stream[stream.length - 1].revision;
    const check = commitCheck(stream, current, events, options.streamState);
    if (check.kind === 'conflict') {
      throw new WrongExpectedVersionError(undefined, { streamName, expected: options.streamState, current: current ?? 'no_stream' });
    }
    if (check.kind === 'idempotent') {
      return { success: true, nextExpectedRevision: check.last.revision, position: check.last.position };
    }
    const written = this.write(streamName, stream, events);
    const lost = this.failNextAppendAfterWrite;
    this.failNextAppendAfterWrite = undefined;
    if (lost) throw lost;
    return { success: true, nextExpectedRevision: written.revision, position: written.position };
  }

  readStream(streamName: string, options: { fromRevision: ReadRevision; maxCount?: number }): AsyncIterable<ResolvedEvent> {
    const streams = this.streams;
    return (async function* () {
      await nextTurn();
      const stream = streams.get(streamName);
      if (!stream) throw new StreamNotFoundError(undefined, streamName);
      if (options.fromRevision === 'end') return;
      const from = options.fromRevision === 'start' ? 0 : Number(options.fromRevision);
      const records = stream.slice(from, from + (options.maxCount ?? Number.MAX_SAFE_INTEGER));
      for (const record of records) yield { event: toRecordedEvent(record) } as ResolvedEvent;
    })();
  }

  readAll(options: { fromPosition: ReadPosition; maxCount: number }): AsyncIterable<AllStreamResolvedEvent> {
    const log = this.log;
    return (async function* () {
      await nextTurn();
      const from = options.fromPosition;
      const start = from === 'start' ? 0 : from === 'end' ? log.length : log.findIndex((r) => !isBefore(r.position, from));
      const records = start < 0 ? [] : log.slice(start, start + options.maxCount);
      for (const record of records) yield { event: toRecordedEvent(record) } as AllStreamResolvedEvent;
    })();
  }

  async dispose(): Promise<void> {}

  private write(streamName: string, stream: StoredRecord[], events: EventData[]): StoredRecord {
    const commit = this.logPosition + BigInt(events.length) * 100n;
    const created = new Date();
    let last: StoredRecord | undefined;
    for (const event of events) {
      last = {
        streamId: streamName,
        id: event.id.toLowerCase(),
        revision: BigInt(stream.length),
        type: event.type,
        data: JSON.stringify(event.data),
        metadata: JSON.stringify(event.metadata ?? null),
        created,
        position: { commit, prepare: this.logPosition },
      };
      this.logPosition += 100n;
      stream.push(last);
      this.log.push(last);
    }
    this.streams.set(streamName, stream);
    this.logPosition = commit + 100n;
    this.writeSystemLink(streamName, last!);
    return last!;
  }

  private writeSystemLink(streamName: string, target: StoredRecord): void {
    const linkStream = `$ce-${streamName.split('-')[0]}`;
    const links = this.streams.get(linkStream) ?? [];
    const link: StoredRecord = {
      streamId: linkStream,
      id: randomUUID(),
      revision: BigInt(links.length),
      type: '$>',
      data: JSON.stringify(`${target.revision}@${streamName}`),
      metadata: JSON.stringify({ $o: streamName }),
      created: new Date(),
      position: { commit: this.logPosition, prepare: this.logPosition },
    };
    this.logPosition += 100n;
    links.push(link);
    this.streams.set(linkStream, links);
    this.log.push(link);
  }
}

function commitCheck(stream: StoredRecord[], current: bigint | undefined, events: EventData[], state: AppendStreamState): CommitCheck {
  switch (state) {
    case 'any':
      return { kind: 'write' };
    case 'stream_exists':
      return current === undefined ? { kind: 'conflict' } : { kind: 'write' };
    case 'no_stream':
      return current === undefined ? { kind: 'write' } : idempotencyCheck(stream, 0, events);
    default:
      if (current === state) return { kind: 'write' };
      return current !== undefined && current > state ? idempotencyCheck(stream, Number(state) + 1, events) : { kind: 'conflict' };
  }
}

/** A batch whose ids all sit where it would have been written is a retry; anything else conflicts. */
function idempotencyCheck(stream: StoredRecord[], from: number, events: EventData[]): CommitCheck {
  const all = events.every((event, i) => stream[from + i]?.id === event.id.toLowerCase());
  return all ? { kind: 'idempotent', last: stream[from + events.length - 1] } : { kind: 'conflict' };
}

function toRecordedEvent(record: StoredRecord) {
  return {
    streamId: record.streamId,
    id: record.id,
    revision: record.revision,
    type: record.type,
    data: JSON.parse(record.data) as unknown,
    metadata: JSON.parse(record.metadata) as unknown,
    isJson: true,
    created: record.created,
    position: record.position,
  };
}

function isBefore(a: Position, b: Position): boolean {
  return a.commit < b.commit || (a.commit === b.commit && a.prepare < b.prepare);
}

function nextTurn(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
