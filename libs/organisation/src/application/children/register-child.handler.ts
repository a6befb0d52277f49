import { uuidFrom, osloDate } from '@stafett/kernel';
import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import { MunicipalityAccess } from '@stafett/auth';
import { EVENT_STORE, WrongExpectedVersionError, type EventStore, type NewEvent } from '@stafett/event-store';
import { NationalIdHasher, PersonalDataVault } from '@stafett/identity';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import type { ChildSubjectInput, GuardianInput, RegisterChild } from '../../domain/child.commands';
import { childDecider, type ChildDecisionContext } from '../../domain/child.decide';
import { childStreamId } from '../../domain/child.events';
import { validateRegisterChild, type ChildValidationContext } from '../../domain/child.validation';
import { OrganisationViewReader } from '../../read-models/organisation-view/organisation-view.reader';
import type { ChildRequestContext } from './child-request';
import { claimedChildId, identityClaimStreamId, type ChildIdentityClaimed } from './child-identity';

/** A registration as the caller gives it; the child id is chosen here. */
export interface RegisterChildRequest {
  readonly subject: ChildSubjectInput;
  readonly homeMunicipality: string;
  readonly guardians: readonly GuardianInput[];
}

export interface RegisterChildResult {
  readonly childId: string;
  /** False when the identity was registered already (by a retry, or by anyone): the API answers the same either way. */
  readonly created: boolean;
}

/**
 * Registers a child: personal fields encrypted with the child's own key, national ids kept only as
 * keyed hashes. Refuses (403) a home municipality the caller's unit does not serve today; refuses
 * bad input (400) before anything is written, the child's key included.
 *
 * One identity, one child id (issue 10 item 2): registering a national id that is registered already
 * answers the existing child id, exactly as a new registration is answered, and writes nothing. The
 * caller learns nothing else (no guardians, no municipality, no services): reading the child needs a
 * relation to it. What the second registration said (its guardians) is not kept.
 * TODO(registration-update): a way for a unit with a relation to add what the first registration lacked.
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

    const proposedId = idempotencyKey ? uuidFrom(`${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
    const eventId = (what: string): string => (idempotencyKey ? uuidFrom(`child-registration:${principal.practitionerId}:${idempotencyKey}:${what}`) : randomUUID());
    const organisation = await this.organisation.current();
    const validation: ChildValidationContext = {
      today: osloDate(now),
      isKnownMunicipality: (kommunenummer) => organisation.municipalities.has(kommunenummer),
      allowSyntheticNationalIds: this.config.mode !== 'production',
    };
    // Validated before anything is written (the identity's claim, the child's key): bad input writes nothing.
    const valid = validateRegisterChild({ type: 'RegisterChild', childId: proposedId, ...request }, validation);
    const metadata = (childId: string) => ({
      childId,
      actorUserId: principal.practitionerId,
      actorServiceId: principal.unitId,
      correlationId: context.correlationId ?? randomUUID(),
      occurredAt: now.toISOString(),
    });

    const childId = await this.claim(identityClaimStreamId(valid.subject, (nationalId) => this.hasher.hash(nationalId)), proposedId, eventId('claim'), metadata);
    const streamId = childStreamId(childId);
    const stored = await this.store.readStream(streamId);
    // Registered already (by this caller or any other): the same answer as a new registration, and nothing of the registration.
    if (stored.length > 0) return { childId, created: false };

    const command: RegisterChild = { type: 'RegisterChild', childId, ...request };
    const cipher = await this.vault.cipherFor(childId);
    const decision: ChildDecisionContext = {
      ...validation,
      protection: { encrypt: cipher.encrypt, lookupHash: (nationalId) => this.hasher.hash(nationalId) },
    };
    const events = childDecider.decide(command, childDecider.initialState(), decision);
    const toStore: NewEvent[] = events.map((event, index) => ({ id: eventId(`event-${index}`), type: event.type, data: event.data, metadata: metadata(childId) }));
    try {
      // A concurrent first attempt with the same key appends the same event ids: the store answers
      // the loser with success and writes nothing, so both callers get this child id.
      await this.store.append(streamId, toStore, 'no_stream');
    } catch (error) {
      // Another registration of the same identity completed the claimed child first.
      if (error instanceof WrongExpectedVersionError) return { childId, created: false };
      throw error;
    }
    return { childId, created: true };
  }

  /**
   * The child id that holds the identity: the one already claimed, or the proposed one once this
   * request's claim is stored. A registration that claimed but never completed leaves the child id
   * to the next registration of the same identity, which completes it.
   */
  private async claim(streamId: string, proposedId: string, claimEventId: string, metadata: (childId: string) => NewEvent['metadata']): Promise<string> {
    const existing = claimedChildId(await this.store.readStream(streamId));
    if (existing) return existing;
    const claim: ChildIdentityClaimed = { type: 'ChildIdentityClaimed', data: { childId: proposedId } };
    try {
      await this.store.append(streamId, [{ id: claimEventId, ...claim, metadata: metadata(proposedId) }], 'no_stream');
      return proposedId;
    } catch (error) {
      if (!(error instanceof WrongExpectedVersionError)) throw error;
      const winner = claimedChildId(await this.store.readStream(streamId));
      if (!winner) throw error;
      return winner;
    }
  }
}
