import type { EventMetadata, EventStore, EventStream, LoadedStream, NewEvent, RecordedEvent } from '@stafett/event-store';
import { isEncryptedField } from '../personal-data/encrypted-field';
import { ChildKeyNotFoundError, PersonalDataErasedError } from '../personal-data/personal-data.errors';
import type { ChildCipher, PersonalDataVault } from '../personal-data/personal-data-vault';

/** What of a stream's events is personal data, and whose key seals it. */
export interface SealedFields<E> {
  /** Whose key seals the stream (a child's id, or the stream's own id), read from its first stored event. */
  keyOwnerOf(first: RecordedEvent): string | undefined;
  /** The event with each personal-data field replaced by `map(field)`; everything else unchanged. */
  mapFields(event: E, map: (value: unknown) => unknown): E;
}

/** How a write is sealed: under whose key, and whether that key may be made now (a report about an unborn child). */
export interface SealingWriter {
  readonly keyOwner: string;
  readonly createKey?: boolean;
  /** Added to every appended event's metadata (e.g. a report's routing, ids only). */
  readonly metadata?: Readonly<Record<string, unknown>>;
}

/**
 * The one store for streams that hold personal data: fields sealed with the key owner's key on the
 * way in and opened on the way out, so the events table holds none of them and destroying the key
 * erases them. Deciders only ever see clear events.
 */
export class EncryptingEventStream<E extends { readonly type: string; readonly data: unknown }> implements EventStream<E> {
  constructor(
    private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly fields: SealedFields<E>,
    private readonly writer?: SealingWriter,
  ) {}

  /** The same stream, writing under `writer`'s key. */
  writingAs(writer: SealingWriter): EncryptingEventStream<E> {
    return new EncryptingEventStream(this.store, this.vault, this.fields, writer);
  }

  async read(streamId: string): Promise<LoadedStream<E>> {
    const recorded = await this.store.readStream(streamId);
    const owner = recorded[0] ? this.fields.keyOwnerOf(recorded[0]) : undefined;
    let cipher: ChildCipher | undefined;
    let erased = false;
    if (owner !== undefined) {
      try {
        cipher = await this.vault.existingCipherFor(owner);
      } catch (error) {
        if (!(error instanceof PersonalDataErasedError) && !(error instanceof ChildKeyNotFoundError)) throw error;
        erased = true;
      }
    }
    const events = recorded.map((e) => {
      const event = { type: e.type, data: e.data } as unknown as E;
      return cipher ? this.fields.mapFields(event, (value) => (isEncryptedField(value) ? cipher.decrypt(value) : value)) : event;
    });
    return { events, recorded, version: BigInt(recorded.length), erased };
  }

  async append(streamId: string, events: readonly E[], eventIds: readonly string[], expected: bigint, metadata: EventMetadata): Promise<void> {
    if (!this.writer) throw new Error(`EncryptingEventStream: append to ${streamId} without a key owner (use writingAs)`);
    const cipher = await this.cipher(this.writer);
    const toStore: NewEvent[] = events.map((event, index) => {
      const sealed = this.fields.mapFields(event, (value) => (typeof value === 'string' ? cipher.encrypt(value) : value));
      return { id: eventIds[index], type: sealed.type, data: sealed.data, metadata: { ...metadata, ...this.writer?.metadata } as EventMetadata };
    });
    await this.store.append(streamId, toStore, expected === 0n ? 'no_stream' : expected);
  }

  /** The writer's cipher. A child's key must exist already (the child is registered). */
  async cipher(writer: SealingWriter): Promise<ChildCipher> {
    return writer.createKey ? this.vault.cipherFor(writer.keyOwner) : this.vault.existingCipherFor(writer.keyOwner);
  }
}
