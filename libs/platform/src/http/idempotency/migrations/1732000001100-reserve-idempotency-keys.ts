import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Idempotency keys are reserved before the request runs, and stored only as keyed hashes (a key may
 * hold anything a client chose, a national id included). The keys stored before this migration were
 * in clear text: they are dropped; they were kept for 24 hours only.
 */
export class ReserveIdempotencyKeys1732000001100 implements MigrationInterface {
  name = 'ReserveIdempotencyKeys1732000001100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        key_hash       text        PRIMARY KEY,
        request_hash   text        NOT NULL,
        state          text        NOT NULL CHECK (state IN ('in-flight', 'done')),
        status         int         NULL,
        body           jsonb       NULL,
        reserved_until timestamptz NULL,
        created_at     timestamptz NOT NULL DEFAULT now()
      )`);
    await queryRunner.query(`CREATE INDEX idempotency_keys_created_at ON idempotency_keys (created_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE idempotency_keys`);
    await queryRunner.query(`
      CREATE TABLE idempotency_keys (
        scope text NOT NULL, key text NOT NULL, request_hash text NOT NULL, status int NOT NULL, body jsonb NULL,
        created_at timestamptz NOT NULL DEFAULT now(), PRIMARY KEY (scope, key)
      )`);
  }
}
