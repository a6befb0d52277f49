import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { EVENT_STORE, type EventStore, type NewEvent, type RecordedEvent } from '@stafett/event-store';
import { isEncryptedField, PersonalDataErasedError, PersonalDataVault, type ChildCipher } from '@stafett/identity';
import { ChildPersonalDataErasedError } from '../../../organisation/src/application/children/children.errors';
import { concernStreamId, type ConcernEvent, type ConcernRegistered } from '../domain/concern.events';
import { evolveConcern, initialConcernState, type ConcernState } from '../domain/concern.state';
import { mapConcernTexts } from './concern-sensitive-fields';

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

export interface EventMetadata {
  readonly childId: string;
  readonly actorUserId: string;
  readonly actorServiceId: string;
  readonly correlationId?: string;
  readonly occurredAt: string;
}

/**
 * Reads and writes the case stream. The free texts (CONCERN_SENSITIVE_FIELDS) are encrypted with the
 * child's key on the way in and decrypted on the way out, so the events table holds none of them and
 * erasing the child's key erases them too. The decider only ever sees clear events.
 */
@Injectable()
export class ConcernCaseStore {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
  ) {}

  async load(caseId: string): Promise<LoadedCase> {
    const recorded = await this.store.readStream(concernStreamId(caseId));
    const first = recorded[0] as unknown as ConcernRegistered | undefined;
    let cipher: ChildCipher | undefined;
    let erased = false;
    try {
      if (first?.type === 'ConcernRegistered') cipher = await this.vault.existingCipherFor(first.data.childId);
    } catch (error) {
      if (!(error instanceof PersonalDataErasedError)) throw error;
      erased = true;
    }
    const events = recorded.map((e) => this.reveal({ type: e.type, data: e.data } as ConcernEvent, cipher));
    const state = events.reduce(evolveConcern, initialConcernState());
    return { caseId, events, recorded, state, version: BigInt(recorded.length), erased };
  }

  /** Encrypts and appends; `version` 0 means the stream must not exist yet. */
  async append(caseId: string, events: readonly ConcernEvent[], eventIds: readonly string[], version: bigint, cipher: ChildCipher, metadata: EventMetadata): Promise<void> {
    const toStore: NewEvent[] = events.map((event, index) => {
      const sealed = mapConcernTexts(event, (text) => (typeof text === 'string' ? cipher.encrypt(text) : text));
      return { id: eventIds[index], type: sealed.type, data: sealed.data, metadata: { ...metadata, correlationId: metadata.correlationId ?? randomUUID() } };
    });
    await this.store.append(concernStreamId(caseId), toStore, version === 0n ? 'no_stream' : version);
  }

  /** The child's cipher for writing; the child must have been registered (its key exists). */
  async cipherForChild(childId: string): Promise<ChildCipher> {
    try {
      return await this.vault.existingCipherFor(childId);
    } catch (error) {
      if (error instanceof PersonalDataErasedError) throw new ChildPersonalDataErasedError(childId);
      throw error;
    }
  }

  private reveal(event: ConcernEvent, cipher: ChildCipher | undefined): ConcernEvent {
    if (!cipher) return event;
    return mapConcernTexts(event, (value) => (isEncryptedField(value) ? cipher.decrypt(value) : value));
  }
}
