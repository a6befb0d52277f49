import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The web front's server-side sessions (backend-for-frontend) and the sign-ins under way. Rows are
 * found by the SHA-256 of the cookie value, so a copy of the table does not hand out live sessions.
 */
export class CreateWebSessions1732000014000 implements MigrationInterface {
  name = 'CreateWebSessions1732000014000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE web_sign_in_attempts (
        id_hash       text        PRIMARY KEY,
        provider      text        NOT NULL,
        state         text        NOT NULL,
        nonce         text        NOT NULL,
        code_verifier text        NOT NULL,
        return_to     text        NOT NULL,
        expires_at    timestamptz NOT NULL
      )`);
    await queryRunner.query(`
      CREATE TABLE web_sessions (
        id_hash      text        PRIMARY KEY,
        provider     text        NOT NULL,
        user_kind    text        NOT NULL,
        subject      text        NOT NULL,
        csrf_token   text        NOT NULL,
        id_token     text        NULL,
        ended        boolean     NOT NULL DEFAULT false,
        created_at   timestamptz NOT NULL,
        last_seen_at timestamptz NOT NULL,
        expires_at   timestamptz NOT NULL
      )`);
    await queryRunner.query(`CREATE INDEX web_sessions_expires_at ON web_sessions (expires_at)`);
    await queryRunner.query(`CREATE INDEX web_sign_in_attempts_expires_at ON web_sign_in_attempts (expires_at)`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE web_sessions`);
    await queryRunner.query(`DROP TABLE web_sign_in_attempts`);
  }
}
