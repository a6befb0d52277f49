import { randomUUID } from 'node:crypto';
import { Inject } from '@nestjs/common';
import { CommandHandler, type ICommandHandler } from '@nestjs/cqrs';
import { MunicipalityAccess } from '@stafett/auth';
import { EVENT_STORE, handleCommand, plainEventStream, type EventMetadata, type EventStore } from '@stafett/event-store';
import { NationalIdHasher, PersonalDataVault } from '@stafett/identity';
import { CLOCK, osloDate, uuidFrom, type Clock } from '@stafett/kernel';
import { APP_CONFIG, type AppConfig } from '@stafett/platform';
import type { RegisterChild } from '../../../domain/child.commands';
import { childDecider } from '../../../domain/child.decide';
import { childStreamId, type ChildEvent } from '../../../domain/child.events';
import { validateRegisterChild, type ChildValidationContext } from '../../../domain/child.validation';
import { OrganisationViewReader } from '../../../read-models/organisation-view/organisation-view.reader';
import { claimIdentity, identityClaimStreamId } from './child-identity-claim';
import { RegisterChildCommand, type RegisterChildResult } from './register-child.command';

/**
 * Registers a child. Refuses (403) a home municipality the caller's unit does not serve today;
 * refuses bad input (400) before anything is written, the child's key included.
 *
 * One identity, one child id (issue 10 item 2): registering a national id that is registered already
 * answers the existing child id, exactly as a new registration is answered, and writes nothing. The
 * caller learns nothing else (no guardians, no municipality, no services): reading the child needs a
 * relation to it. What the second registration said (its guardians) is not kept.
 * TODO(registration-update): a way for a unit with a relation to add what the first registration lacked.
 */
@CommandHandler(RegisterChildCommand)
export class RegisterChildHandler implements ICommandHandler<RegisterChildCommand> {
  constructor(
    @Inject(EVENT_STORE) private readonly store: EventStore,
    private readonly vault: PersonalDataVault,
    private readonly hasher: NationalIdHasher,
    private readonly organisation: OrganisationViewReader,
    private readonly access: MunicipalityAccess,
    @Inject(APP_CONFIG) private readonly config: Pick<AppConfig, 'mode'>,
    @Inject(CLOCK) private readonly clock: Clock,
  ) {}

  async execute({ request, caller }: RegisterChildCommand): Promise<RegisterChildResult> {
    const { principal, idempotencyKey } = caller;
    const now = this.clock.now();
    await this.access.assertMayActFor(principal, request.homeMunicipality, now);

    // Derived from the Idempotency-Key, a retry names the same child and the same events.
    const proposedId = idempotencyKey ? uuidFrom(`${principal.practitionerId}:${idempotencyKey}`) : randomUUID();
    const keyedId = (what: string): string => uuidFrom(`child-registration:${principal.practitionerId}:${idempotencyKey}:${what}`);
    const organisation = await this.organisation.current();
    const validation: ChildValidationContext = {
      today: osloDate(now),
      isKnownMunicipality: (kommunenummer) => organisation.municipalities.has(kommunenummer),
      allowSyntheticNationalIds: this.config.mode !== 'production',
    };
    // Validated before anything is written (the identity's claim, the child's key): bad input writes nothing.
    const valid = validateRegisterChild({ type: 'RegisterChild', childId: proposedId, ...request }, validation);
    const correlationId = caller.correlationId ?? randomUUID();
    const metadata = (childId: string): EventMetadata => ({ childId, actorUserId: principal.practitionerId, actorServiceId: principal.unitId, correlationId, occurredAt: now.toISOString() });
    const lookupHash = (nationalId: string) => this.hasher.hash(nationalId);

    const childId = await claimIdentity(this.store, identityClaimStreamId(valid.subject, lookupHash), proposedId, idempotencyKey ? keyedId('claim') : randomUUID(), metadata);
    const command: RegisterChild = { type: 'RegisterChild', childId, ...request };
    const handled = await handleCommand(
      plainEventStream<ChildEvent>(this.store),
      childStreamId(childId),
      childDecider,
      // Registered already (by this caller or any other, or by a concurrent request that won the
      // append): the same answer as a new registration, and nothing of this registration is kept.
      async (state, loaded) => (loaded.version > 0n ? [] : childDecider.decide(command, state, { ...validation, protection: { encrypt: (await this.vault.cipherFor(childId)).encrypt, lookupHash } })),
      { eventId: idempotencyKey ? (index) => keyedId(`event-${index}`) : undefined, metadata: metadata(childId) },
    );
    return { childId, created: handled.events.length > 0 && !handled.replayed };
  }
}
