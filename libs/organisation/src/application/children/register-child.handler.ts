import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { EVENT_STORE, type EventStore, type NewEvent } from '@stafett/event-store';
import { NationalIdHasher, PersonalDataVault } from '@stafett/identity';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import type { ChildSubjectInput, GuardianInput, RegisterChild } from '../../domain/child.commands';
import { childDecider, type ChildDecisionContext } from '../../domain/child.decide';
import { childStreamId, type ChildEvent } from '../../domain/child.events';
import { validateRegisterChild, type ChildValidationContext } from '../../domain/child.validation';
import { OrganisationViewReader } from '../../read-models/organisation-view/organisation-view.reader';
import { uuidFrom } from '../organisation-commands.service';
import { osloDate } from '../organisation-directory';
import type { ChildRequestContext } from './child-request';

/** A registration as the caller gives it; the child id is chosen here. */
export interface RegisterChildRequest {
  readonly subject: ChildSubjectInput;
  readonly homeMunicipality: string;
  readonly guardians: readonly GuardianInput[];
}

export interface RegisterChildResult {
  readonly childId: string;
  /** False when this was a retry (same Idempotency-Key) of a registration already stored. */
  readonly created: boolean;
}

/**
 * Registers a child: personal fields encrypted with the child's own key, national ids kept only as
 * keyed hashes. Refuses (403) a home municipality the caller's unit does not serve today; refuses
 * bad input (400) before anything is written, the child's key included.
 *
 * TODO(child-duplicates): a second registration of the same national id under another child id is
 * not refused yet. Doing so needs a policy decision on what the caller may learn about a child in
 * a municipality they do not serve, and a uniqueness check that does not wait for the index.
 */
@Injectable()
export class RegisterChildHandler {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly hasher: NationalIdHasher,
    private readonly organisation: OrganisationViewReader,
    private readonly access: MunicipalityAccess,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mode'>,
  ) {}

  async execute(request: RegisterChildRequest, context: ChildRequestContext, now: Date = new Date()): Promise<RegisterChildResult> {
    const { principal, idempotencyKey } = context;
    await this.access.assertMayActFor(principal, request.homeMunicipality, now);

    const childId = idempotencyKey ? uuidFrom(`${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
    const eventId = (index: number): string =>
      idempotencyKey ? uuidFrom(`child-registration:${principal.practitionerId}:${idempotencyKey}:${index}`) : randomUUID();
    const command: RegisterChild = { type: 'RegisterChild', childId, ...request };
    const streamId = childStreamId(childId);

    const stored = await this.store.readStream(streamId);
    if (idempotencyKey && stored[0]?.id === eventId(0)) return { childId, created: false }; // a retry that already succeeded
    const state = stored.reduce((s, e) => childDecider.evolve(s, e as unknown as ChildEvent), childDecider.initialState());

    const organisation = await this.organisation.current();
    const validation: ChildValidationContext = {
      today: osloDate(now),
      isKnownMunicipality: (kommunenummer) => organisation.municipalities.has(kommunenummer),
      allowSyntheticNationalIds: this.config.mode !== 'production',
    };
    // Validated before the cipher is fetched: fetching it creates the child's key, and bad input writes nothing.
    validateRegisterChild(command, validation);
    const cipher = await this.vault.cipherFor(childId);
    const decision: ChildDecisionContext = {
      ...validation,
      protection: { encrypt: cipher.encrypt, lookupHash: (nationalId) => this.hasher.hash(nationalId) },
    };
    const events = childDecider.decide(command, state, decision);

    const metadata = {
      childId,
      actorUserId: principal.practitionerId,
      actorServiceId: principal.unitId,
      correlationId: context.correlationId ?? randomUUID(),
      occurredAt: now.toISOString(),
    };
    const toStore: NewEvent[] = events.map((event, index) => ({ id: eventId(index), type: event.type, data: event.data, metadata }));
    // A concurrent first attempt with the same key appends the same event ids: the store answers
    // the loser with success and writes nothing, so both callers get this child id.
    await this.store.append(streamId, toStore, 'no_stream');
    return { childId, created: true };
  }
}
