import type {
  AllStreamResolvedEvent,
  AppendResult,
  AppendStreamState,
  Direction,
  EventData,
  ReadPosition,
  ReadRevision,
  ResolvedEvent,
} from '@kurrent/kurrentdb-client';

/**
 * The part of `KurrentDBClient` the adapter uses. Narrow on purpose: the real client satisfies it,
 * and so does the in-memory emulator the tests use where no KurrentDB server runs.
 */
export interface KurrentDbClient {
  appendToStream(streamName: string, events: EventData[], options: { streamState: AppendStreamState }): Promise<AppendResult>;
  readStream(
    streamName: string,
    options: { fromRevision: ReadRevision; maxCount?: number; direction: Direction },
  ): AsyncIterable<ResolvedEvent>;
  readAll(options: {
    fromPosition: ReadPosition;
    maxCount: number;
    direction: Direction;
    resolveLinkTos: boolean;
  }): AsyncIterable<AllStreamResolvedEvent>;
  dispose(): Promise<void>;
}
