import type { EntityManager } from 'typeorm';
import type { RecordedEvent } from '@stafett/event-store';
import type { Projection } from '@stafett/projections';
import { childIndexRowFrom, type ChildIndexRow } from './child-index.row';

/**
 * The child look-up index: one row per registered child with its home municipality and the keyed
 * hashes of the national ids that find it. Upserts, so a replayed batch gives the same rows.
 */
export class ChildIndexProjection implements Projection {
  readonly name = 'child-index';
  readonly tables = ['child_index'];

  async apply(events: readonly RecordedEvent[], manager: EntityManager): Promise<void> {
    const rows = new Map<string, ChildIndexRow>();
    for (const event of events) {
      const row = childIndexRowFrom(event);
      if (row) rows.set(row.childId, row); // one row per child per statement: ON CONFLICT refuses repeats
    }
    if (rows.size === 0) return;
    await manager.query(
      `INSERT INTO child_index (child_id, home_municipality, lookup_hashes, registered_at)
       SELECT r.child_id, r.home_municipality, ARRAY(SELECT jsonb_array_elements_text(r.lookup_hashes)), r.registered_at
         FROM jsonb_to_recordset($1::jsonb) AS r(child_id uuid, home_municipality text, lookup_hashes jsonb, registered_at timestamptz)
       ON CONFLICT (child_id) DO UPDATE
         SET home_municipality = excluded.home_municipality,
             lookup_hashes     = excluded.lookup_hashes,
             registered_at     = excluded.registered_at`,
      [
        JSON.stringify(
          [...rows.values()].map((row) => ({
            child_id: row.childId,
            home_municipality: row.homeMunicipality,
            lookup_hashes: row.lookupHashes,
            registered_at: row.registeredAt,
          })),
        ),
      ],
    );
  }

  async reset(manager: EntityManager): Promise<void> {
    await manager.query('TRUNCATE child_index');
  }
}
