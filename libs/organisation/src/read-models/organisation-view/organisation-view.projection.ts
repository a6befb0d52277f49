import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import { ORGANISATION_STREAM_ID, type OrganisationEvent } from '../../domain/organisation.events';
import { evolveOrganisation, initialOrganisationState } from '../../domain/organisation.state';
import { fromJson, toJson, type OrganisationStateJson } from './organisation-view.serialisation';

/**
 * The current and historical organisation (validity periods and role history are in the state), as
 * one row, for authorisation and the admin endpoints.
 */
export class OrganisationViewProjection implements Projection {
  readonly name = 'organisation-view';
  readonly tables = ['organisation_view'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const mine = events.filter((e) => e.streamId === ORGANISATION_STREAM_ID);
    if (mine.length === 0) return;
    const rows: Array<{ state: OrganisationStateJson; version: string }> = await manager.query(
      'SELECT state, version::text FROM organisation_view WHERE id = 1',
    );
    let state = rows[0] ? fromJson(rows[0].state) : initialOrganisationState();
    let version = rows[0] ? BigInt(rows[0].version) : 0n;
    for (const event of mine) {
      if (event.streamVersion <= version) continue; // already applied: keeps a replay harmless
      state = evolveOrganisation(state, event as unknown as OrganisationEvent);
      version = event.streamVersion;
    }
    await manager.query(
      `INSERT INTO organisation_view (id, state, version) VALUES (1, $1, $2)
       ON CONFLICT (id) DO UPDATE SET state = excluded.state, version = excluded.version`,
      [JSON.stringify(toJson(state)), version.toString()],
    );
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE organisation_view');
  }
}
