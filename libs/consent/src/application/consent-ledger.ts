import type { EventStore } from '@stafett/event-store';
import type { DataSource } from 'typeorm';
import type { ConsentFacts } from '../domain/consent-vocabulary';
import type { ConsentEvent } from '../domain/consent.events';
import { evolveConsent, initialConsentState, type ConsentState } from '../domain/consent.state';
import { consentStreamId } from '../domain/consent.values';
import { ConsentRegisterReader } from '../read-models/consent-register/consent-register.reader';

/**
 * The consents of a child as they stand at this moment. Which consents exist comes from the register
 * (a new consent counts once the projection has applied it, normally within a poll interval: until
 * then the answer is "not covered", failing closed); the state of each is read from its own stream,
 * so a withdrawal counts at once, without waiting for the projection.
 */
export class ConsentLedger {
  private readonly register: ConsentRegisterReader;

  constructor(
    private readonly store: EventStore,
    dataSource: DataSource,
  ) {
    this.register = new ConsentRegisterReader(dataSource);
  }

  async stateOf(consentId: string): Promise<{ state: ConsentState; version: bigint }> {
    const events = await this.store.readStream(consentStreamId(consentId));
    const state = events.reduce((s, e) => evolveConsent(s, e as unknown as ConsentEvent), initialConsentState());
    return { state, version: events.at(-1)?.streamVersion ?? 0n };
  }

  async consentsFor(childId: string): Promise<ConsentFacts[]> {
    return (await this.recordedStatesFor(childId)).map((state) => state.facts);
  }

  async recordedStatesFor(childId: string): Promise<Array<Extract<ConsentState, { status: 'recorded' }>>> {
    const listed = await this.register.consentsFor(childId);
    const current = await Promise.all(listed.map(async (c) => (await this.stateOf(c.consentId)).state));
    const id = childId.toLowerCase();
    return current.filter((s): s is Extract<ConsentState, { status: 'recorded' }> => s.status === 'recorded' && s.facts.childId === id);
  }
}
