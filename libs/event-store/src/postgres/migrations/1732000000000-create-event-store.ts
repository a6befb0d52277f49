import type { MigrationInterface, QueryRunner } from 'typeorm';

/**
 * The event log, the append function and the subscription checkpoints.
 * Why each choice was made is in docs/event-store.md.
 */
export class CreateEventStore1732000000000 implements MigrationInterface {
  name = 'CreateEventStore1732000000000';

  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`
      CREATE TABLE events (
        transaction_id  xid8        NOT NULL DEFAULT pg_current_xact_id(),
        global_position bigint      GENERATED ALWAYS AS IDENTITY,
        event_id        uuid        NOT NULL,
        stream_id       text        NOT NULL,
        stream_version  bigint      NOT NULL,
        event_type      text        NOT NULL,
        data            jsonb       NOT NULL,
        metadata        jsonb       NOT NULL,
        child_id        uuid        NULL,
        recorded_at     timestamptz NOT NULL DEFAULT now(),
        CONSTRAINT events_global_order PRIMARY KEY (transaction_id, global_position),
        CONSTRAINT events_event_id_unique UNIQUE (event_id),
        CONSTRAINT events_stream_version_unique UNIQUE (stream_id, stream_version),
        CONSTRAINT events_stream_version_positive CHECK (stream_version > 0)
      )`);
    await queryRunner.query(`CREATE INDEX events_child_id ON events (child_id) WHERE child_id IS NOT NULL`);

    // One round trip per append. The advisory lock is taken before the transaction writes anything,
    // so it has no transaction id yet: appends to one stream get increasing transaction ids, and the
    // (transaction_id, global_position) order keeps every stream's own order.
    await queryRunner.query(`
      CREATE FUNCTION stafett_append(
        p_stream_id text,
        p_expected  text,
        p_event_ids uuid[],
        p_types     text[],
        p_data      text[],
        p_metadata  text[],
        p_child_ids uuid[]
      ) RETURNS TABLE (next_version bigint, last_transaction_id xid8, last_position bigint)
      LANGUAGE plpgsql AS $fn$
      DECLARE
        v_current bigint;
        v_count   int := cardinality(p_event_ids);
      BEGIN
        PERFORM pg_advisory_xact_lock(hashtextextended(p_stream_id, 0));
        SELECT max(e.stream_version) INTO v_current FROM events e WHERE e.stream_id = p_stream_id;

        IF (p_expected = 'no_stream' AND v_current IS NOT NULL)
           OR (p_expected = 'exists' AND v_current IS NULL)
           OR (p_expected NOT IN ('no_stream', 'exists', 'any')
               AND v_current IS DISTINCT FROM p_expected::bigint) THEN
          RAISE EXCEPTION 'wrong expected version' USING
            ERRCODE = 'SF409', DETAIL = coalesce(v_current::text, 'no_stream');
        END IF;

        RETURN QUERY
        WITH inserted AS (
          INSERT INTO events (event_id, stream_id, stream_version, event_type, data, metadata, child_id)
          SELECT e.id, p_stream_id, coalesce(v_current, 0) + e.ord, e.type, e.data::jsonb, e.meta::jsonb, e.child
          FROM unnest(p_event_ids, p_types, p_data, p_metadata, p_child_ids)
               WITH ORDINALITY AS e(id, type, data, meta, child, ord)
          ORDER BY e.ord
          RETURNING global_position
        )
        SELECT coalesce(v_current, 0) + v_count, pg_current_xact_id(), max(i.global_position) FROM inserted i;
      END
      $fn$`);

    await queryRunner.query(`
      CREATE TABLE subscriptions (
        name             text        PRIMARY KEY,
        position_commit  bigint      NOT NULL,
        position_prepare bigint      NOT NULL,
        owner            text        NULL,
        lease_expires_at timestamptz NULL,
        last_error       text        NULL,
        updated_at       timestamptz NOT NULL DEFAULT now()
      )`);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.query(`DROP TABLE subscriptions`);
    await queryRunner.query(`DROP FUNCTION stafett_append`);
    await queryRunner.query(`DROP TABLE events`);
  }
}
