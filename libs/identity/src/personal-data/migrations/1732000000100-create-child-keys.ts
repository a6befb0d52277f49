import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * One wrapped data key per child, apart from the events: deleting the key (crypto-shredding)
 * erases the personal data in every event of the child without touching the append-only log.
 * A destroyed key leaves a tombstone row, so that no new key can be made for an erased child.
 */
export class CreateChildKeys1732000000100 implements MigrationInterface {
  name = 'CreateChildKeys1732000000100';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE child_keys (
        child_id     uuid        PRIMARY KEY,
        wrapped_key  text        NULL,
        key_version  int         NOT NULL,
        created_at   timestamptz NOT NULL DEFAULT now(),
        destroyed_at timestamptz NULL,
        CONSTRAINT child_keys_key_xor_destroyed CHECK ((wrapped_key IS NULL) = (destroyed_at IS NOT NULL)),
        CONSTRAINT child_keys_key_version_non_negative CHECK (key_version >= 0)
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE child_keys`);
  }
}
