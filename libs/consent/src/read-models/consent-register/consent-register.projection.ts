import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import { consentStreamId } from '../../domain/consent.values';
import type { ConsentRecorded, ConsentWithdrawn } from '../../domain/consent.events';
import { consentFactsFrom } from '../../domain/consent.state';

/**
 * The consent register: one row per consent. A recording inserts (a replay changes nothing); a
 * withdrawal sets `withdrawn_at` and the facts' `withdrawnAt` (setting the same value twice is the
 * same row). Events are applied one by one, in order, since a withdrawal may share a batch with its
 * recording.
 */
export class ConsentRegisterProjection implements Projection {
  readonly name = 'consent-register';
  readonly tables = ['consent_register'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    for (const event of events) {
      if (event.type === 'ConsentRecorded') await this.recorded(event, manager);
      else if (event.type === 'ConsentWithdrawn') await this.withdrawn(event, manager);
    }
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE consent_register');
  }

  private async recorded(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const data = event.data as ConsentRecorded['data'];
    // Only the consent's own stream speaks for it.
    if (typeof data?.consentId !== 'string' || event.streamId !== consentStreamId(data.consentId)) return;
    const facts = consentFactsFrom(data);
    await manager.query(
      `INSERT INTO consent_register (consent_id, child_id, facts, withdrawn_at, valid_to, recorded_at)
       VALUES ($1, $2, $3::jsonb, NULL, $4, $5)
       ON CONFLICT (consent_id) DO NOTHING`,
      [data.consentId, data.childId, JSON.stringify(facts), facts.period.to ?? null, event.metadata.occurredAt ?? event.recordedAt.toISOString()],
    );
  }

  private async withdrawn(event: RecordedEvent, manager: EntityManager): Promise<void> {
    const data = event.data as ConsentWithdrawn['data'];
    if (typeof data?.consentId !== 'string' || event.streamId !== consentStreamId(data.consentId)) return;
    await manager.query(
      `UPDATE consent_register
          SET withdrawn_at = $2::timestamptz, facts = jsonb_set(facts, '{withdrawnAt}', to_jsonb($2::text))
        WHERE consent_id = $1`,
      [data.consentId, data.withdrawnAt],
    );
  }
}
