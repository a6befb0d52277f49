import type { MigrationClass } from './database/data-source.options';
import { CreateIdempotencyKeys1732000000400 } from './http/idempotency/migrations/1732000000400-create-idempotency-keys';
import { ReserveIdempotencyKeys1732000001100 } from './http/idempotency/migrations/1732000001100-reserve-idempotency-keys';

/** The platform's own tables (idempotency keys), for the composition root's list. */
export const platformMigrations: readonly MigrationClass[] = [CreateIdempotencyKeys1732000000400, ReserveIdempotencyKeys1732000001100];
