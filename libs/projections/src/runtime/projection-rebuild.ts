import type { DataSource } from 'typeorm';
import type { CheckpointStore } from '@stafett/event-store';
import type { Projection } from './projection';

/**
 * Empties a projection and puts its checkpoint back to the start in one transaction; whichever
 * process holds its subscription then replays every event into it.
 */
export async function resetProjection(dataSource: DataSource, checkpoints: CheckpointStore, projection: Projection): Promise<void> {
  await dataSource.transaction(async (manager) => {
    await checkpoints.resetWithin(manager, projection.name);
    await projection.reset(manager);
  });
}
