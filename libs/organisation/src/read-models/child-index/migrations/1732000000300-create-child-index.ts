import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * Finds children by national id without storing one: each row holds the keyed hashes (HMAC) of the
 * child's own number, or the mother's for an unborn child, and the guardians' numbers. A GIN index
 * answers "which rows contain this hash" (`lookup_hashes @> ARRAY[$1]`).
 */
export class CreateChildIndex1732000000300 implements MigrationInterface {
  name = 'CreateChildIndex1732000000300';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE child_index (
        child_id          uuid        PRIMARY KEY,
        home_municipality text        NOT NULL,
        lookup_hashes     text[]      NOT NULL,
        registered_at     timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX child_index_lookup_hashes ON child_index USING gin (lookup_hashes)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE child_index`);
  }
}
