import { randomUUID } from 'node:crypto';
import { Inject, Injectable } from '@nestjs/common';
import type { Principal } from '@stafett/auth';
import { EVENT_STORE, type EventStore, type NewEvent } from '@stafett/event-store';
import { childAccessStreamId } from '@stafett/organisation';
import type { ChildAccessRead } from '../domain/child-access-read.events';

/** Who read, and the request id that ties the access event to the request. */
export interface AccessRequest {
  readonly principal: Principal;
  readonly correlationId?: string;
}

/**
 * The one writer of the child's access log (`child-access-<childId>`): every read that shows a named
 * child's data appends its event here **before** the answer leaves; if recording fails, nothing is
 * shown. The guardians' access report (GDPR art. 15) is read from the same stream.
 */
@Injectable()
export class ChildAccessLog {
  constructor(@Inject(EVENT_STORE) private readonly store: EventStore) {}

  async record(childId: string, read: ChildAccessRead, request: AccessRequest, at: string): Promise<void> {
    const { principal } = request;
    const event: NewEvent = {
      id: randomUUID(),
      type: read.type,
      data: read.data,
      metadata: {
        childId,
        actorUserId: principal.practitionerId,
        actorServiceId: principal.unitId,
        correlationId: request.correlationId ?? randomUUID(),
        occurredAt: at,
      },
    };
    await this.store.append(childAccessStreamId(childId), [event], 'any');
  }
}
