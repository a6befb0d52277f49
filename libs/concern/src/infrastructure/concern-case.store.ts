import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type RecordedEvent } from '@stafett/event-store';
import { EncryptingEventStream, PersonalDataVault } from '@stafett/identity';
import { concernStreamId, type ConcernEvent } from '../domain/concern.events';
import { evolveConcern, initialConcernState, type ConcernState } from '../domain/concern.state';
import { concernSealedFields } from './concern-sensitive-fields';

/** One case as stored: its events with their texts in clear, the state they lead to, and the stream's version. */
export interface LoadedCase {
  readonly caseId: string;
  readonly events: readonly ConcernEvent[];
  readonly recorded: readonly RecordedEvent[];
  readonly state: ConcernState;
  readonly version: bigint;
  /** The child's key was destroyed: the texts stay sealed; callers refuse after their access check, so this reveals nothing. */
  readonly erased: boolean;
}

/**
 * The case streams on the one encrypting stream: the free texts (CONCERN_SENSITIVE_FIELDS) sealed with
 * the child's key, so the events table holds none of them and erasing the child's key erases them
 * too. The command runner writes through `stream`; other contexts read a case in clear with `load`.
 */
@Injectable()
export class ConcernCaseStore {
  readonly stream: EncryptingEventStream<ConcernEvent>;

  constructor(@Inject(EVENT_STORE) store: EventStore, vault: PersonalDataVault) {
    this.stream = new EncryptingEventStream(store, vault, concernSealedFields);
  }

  async load(caseId: string): Promise<LoadedCase> {
    const loaded = await this.stream.read(concernStreamId(caseId));
    return { caseId, ...loaded, state: loaded.events.reduce(evolveConcern, initialConcernState()) };
  }
}
