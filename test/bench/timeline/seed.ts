import { createHash, randomUUID } from 'node:crypto';
import { Client } from 'pg';
import { CATEGORY_BY_CONCERN_EVENT } from '../../../libs/access/src/read-models/child-timeline/timeline-categories';
import { familyOf, timelineCaseFrom, timelineRowFrom, type TimelineCase } from '../../../libs/access/src/read-models/child-timeline/child-timeline.row';
import type { RecordedEvent } from '../../../libs/event-store/src';
import { mapConcernTexts } from '../../../libs/concern/src/infrastructure/concern-sensitive-fields';
import { DEFAULT_SERVICE_TYPES } from '../../../libs/organisation/src/config/service-types';
import { isEncryptedField } from '../../../libs/identity/src/personal-data/encrypted-field';
import { encryptField } from '../../../libs/identity/src/personal-data/field-encryption';
import { generateDataKey, wrapDataKey } from '../../../libs/identity/src/personal-data/data-key';
import type { MasterKeyring } from '../../../libs/identity/src/personal-data/master-keyring';

/**
 * Seeds the bench database straight in SQL (the API would need hours for a million events):
 *
 * - child i (1..children) has one `ChildRegistered` on `child-<id>` and one BTI case of
 *   EVENTS_PER_CASE events on `concern-<caseId>`; ids are md5-derived, so Node and SQL agree on them;
 * - i % 4 = 0: home 5029, case owned by demo-barnehage with demo-helsestasjon joined (these are
 *   the children `demo-barnehage-leder` may read); i % 4 = 2: 5029, helsestasjon with NAV;
 *   odd i: 5028, demo-skole with NAV;
 * - the read models the timeline reads (`child_timeline`, `case_worklist`, `child_keys`,
 *   `child_index`) are derived from those events set-based, and every projection's checkpoint is
 *   put at the head so that the API does not replay the seed.
 *
 * Encryption: the children the bench reads get a real data key (wrapped by the master key the API is
 * started with) and every free text of their case events is encrypted with it exactly as
 * ConcernCaseStore does (mapConcernTexts + AES-256-GCM). All other children get opaque blobs of the
 * same shape and size (md5-derived base64) and an opaque wrapped key: they are never decrypted.
 */
export const EVENTS_PER_CASE = 20;

export interface SeedPlan {
  readonly children: number;
  /** How many of the demo-barnehage children get real keys and real ciphertexts, and are read. */
  readonly readChildren: number;
  /** Children per INSERT statement. */
  readonly chunk: number;
}

export interface SeedResult {
  readonly events: number;
  readonly children: number;
  readonly cases: number;
  /** The children the bench reads (real keys, real ciphertexts). */
  readonly readChildIds: string[];
  readonly seconds: Record<string, number>;
}

export const childIdOf = (i: number): string => md5Uuid(`stafett-bench-child-${i}`);
export const caseIdOf = (i: number): string => md5Uuid(`stafett-bench-case-${i}`);

function md5Uuid(text: string): string {
  const h = createHash('md5').update(text).digest('hex');
  return `${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

const FUNCTIONS = `
CREATE OR REPLACE FUNCTION pg_temp.b64(b bytea) RETURNS text LANGUAGE sql IMMUTABLE AS
  $$ SELECT translate(encode(b, 'base64'), E'\\n', '') $$;
-- An EncryptedField of the application's shape: 12-byte iv, 16*n-byte ciphertext, 16-byte tag.
CREATE OR REPLACE FUNCTION pg_temp.blob(seed text, n int) RETURNS jsonb LANGUAGE sql IMMUTABLE AS $$
  SELECT jsonb_build_object('v', 1,
    'iv', pg_temp.b64(substring(decode(md5(seed), 'hex') FROM 1 FOR 12)),
    'ct', pg_temp.b64(decode(repeat(md5(seed || 'c'), n), 'hex')),
    'tag', pg_temp.b64(decode(md5(seed || 't'), 'hex'))) $$;
CREATE OR REPLACE FUNCTION pg_temp.ref(unit text, stype text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
  $$ SELECT jsonb_build_object('unitId', unit, 'serviceType', stype) $$;
CREATE OR REPLACE FUNCTION pg_temp.pref(prac text, unit text, stype text) RETURNS jsonb LANGUAGE sql IMMUTABLE AS
  $$ SELECT jsonb_build_object('practitionerId', prac, 'unitId', unit, 'serviceType', stype) $$;
`;

/** One row per child with its ids, municipality, owning and partner service, and first day. */
const CHILDREN_CTE = `
  c AS (
    SELECT i,
      md5('stafett-bench-child-' || i)::uuid AS child_id,
      md5('stafett-bench-case-' || i)::uuid::text AS case_id,
      CASE WHEN i % 2 = 0 THEN '5029' ELSE '5028' END AS kommune,
      CASE WHEN i % 4 = 0 THEN 'demo-barnehage' WHEN i % 4 = 2 THEN 'demo-helsestasjon' ELSE 'demo-skole' END AS o_unit,
      CASE WHEN i % 4 = 0 THEN 'barnehage' WHEN i % 4 = 2 THEN 'helsestasjon' ELSE 'skole' END AS o_type,
      CASE WHEN i % 4 = 0 THEN 'demo-barnehage-pedagog' WHEN i % 4 = 2 THEN 'demo-helsestasjon-helsesykepleier' ELSE 'demo-skole-kontaktlaerer' END AS o_prac,
      CASE WHEN i % 4 = 0 THEN 'demo-helsestasjon' ELSE 'demo-nav' END AS p_unit,
      CASE WHEN i % 4 = 0 THEN 'helsestasjon' ELSE 'nav' END AS p_type,
      CASE WHEN i % 4 = 0 THEN 'demo-helsestasjon-helsesykepleier' ELSE 'demo-nav-veileder' END AS p_prac,
      timestamptz '2025-08-18 07:30:00+00' + (i % 240) * interval '1 day' + (i % 97) * interval '1 minute' AS t0
    FROM generate_series($1::int, $2::int) AS i
  )`;

const CHILD_EVENTS = `
WITH ${CHILDREN_CTE}
INSERT INTO events (event_id, stream_id, stream_version, event_type, data, metadata, child_id, recorded_at)
SELECT gen_random_uuid(), 'child-' || c.child_id, 1, 'ChildRegistered',
  jsonb_build_object(
    'childId', c.child_id::text,
    'subject', jsonb_build_object('kind', 'born',
      'nationalId', pg_temp.blob(c.i || 'n', 1), 'nationalIdLookup', md5(c.i || 'h1') || md5(c.i || 'h1x'),
      'birthDate', pg_temp.blob(c.i || 'b', 1), 'name', pg_temp.blob(c.i || 'na', 2)),
    'homeMunicipality', c.kommune,
    'guardians', jsonb_build_array(
      jsonb_build_object('nationalId', pg_temp.blob(c.i || 'g1', 1), 'nationalIdLookup', md5(c.i || 'h2') || md5(c.i || 'h2x'),
        'name', pg_temp.blob(c.i || 'g1n', 2), 'holdsParentalResponsibility', true),
      jsonb_build_object('nationalId', pg_temp.blob(c.i || 'g2', 1), 'nationalIdLookup', md5(c.i || 'h3') || md5(c.i || 'h3x'),
        'name', pg_temp.blob(c.i || 'g2n', 2), 'holdsParentalResponsibility', true))),
  jsonb_build_object('childId', c.child_id::text, 'actorUserId', c.o_prac, 'actorServiceId', c.o_unit,
    'correlationId', gen_random_uuid()::text, 'occurredAt', to_char((c.t0 - interval '3 days') AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"')),
  c.child_id, c.t0 - interval '3 days'
FROM c`;

/**
 * Twenty events per case, the usual way of a level-2 BTI case: registration, the necessary
 * conversation, level decision, baton holder, Stafettlogg, a second service joining, goals,
 * measures, meetings, evaluations and agreements. Steps 7, 13 and 15 are the partner service's.
 */
const CASE_EVENTS = `
WITH ${CHILDREN_CTE},
  e AS (
    SELECT c.*, v,
      (ARRAY['ConcernRegistered','NecessaryConversationRecorded','LevelZeroDecided','StafettholderAppointed','LevelChanged',
             'StafettloggOpened','ServiceJoined','GoalSet','MeasureAdded','MeetingRecorded','MeasureEvaluated','AgreementRecorded',
             'MeasureAdded','MeetingRecorded','MeasureEvaluated','LevelChanged','GoalSet','MeetingRecorded','MeasureEnded','AgreementRecorded'])[v] AS type,
      c.t0 + (v - 1) * interval '4 days' + (v * 7) * interval '1 minute' AS at,
      v IN (13, 15) AS by_partner,
      c.i || '-' || v || '-' AS s
    FROM c CROSS JOIN generate_series(1, ${EVENTS_PER_CASE}) AS v
  ),
  d AS (
    SELECT e.*,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS at_text,
      to_char(e.at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day,
      CASE WHEN e.by_partner THEN pg_temp.pref(e.p_prac, e.p_unit, e.p_type) ELSE pg_temp.pref(e.o_prac, e.o_unit, e.o_type) END AS by_ref
    FROM e
  )
INSERT INTO events (event_id, stream_id, stream_version, event_type, data, metadata, child_id, recorded_at)
SELECT gen_random_uuid(), 'concern-' || d.case_id, d.v, d.type,
  jsonb_build_object('caseId', d.case_id, 'by', d.by_ref, 'at', d.at_text) || CASE d.v
    WHEN 1 THEN jsonb_build_object('childId', d.child_id::text, 'kommunenummer', d.kommune, 'owningUnit', pg_temp.ref(d.o_unit, d.o_type),
      'concern', jsonb_build_object('observations', pg_temp.blob(d.s || 'o', 7), 'since', pg_temp.blob(d.s || 's', 2),
        'childsOwnWords', pg_temp.blob(d.s || 'w', 3)), 'decisionDueOn', to_char(d.at + interval '14 days', 'YYYY-MM-DD'))
    WHEN 2 THEN jsonb_build_object('heldOn', d.day, 'participants', jsonb_build_array(pg_temp.blob(d.s || 'p1', 1), pg_temp.blob(d.s || 'p2', 1)),
      'summarySharedWithGuardians', true, 'guardiansInformed', true, 'childInformed', true)
    WHEN 3 THEN jsonb_build_object('outcome', 'level-1', 'reason', pg_temp.blob(d.s || 'r', 5), 'decisionDueOn', d.day, 'withinDeadline', true)
    WHEN 4 THEN jsonb_build_object('holder', pg_temp.pref(d.o_prac, d.o_unit, d.o_type), 'familyWish', pg_temp.blob(d.s || 'f', 3))
    WHEN 5 THEN jsonb_build_object('from', 0, 'to', 1, 'reason', pg_temp.blob(d.s || 'r', 4))
    WHEN 6 THEN jsonb_build_object('keptBy', pg_temp.ref(d.o_unit, d.o_type), 'consentId', md5(d.s || 'k')::uuid::text)
    WHEN 7 THEN jsonb_build_object('service', pg_temp.ref(d.p_unit, d.p_type), 'purpose', 'join-case', 'consentId', md5(d.s || 'k')::uuid::text,
      'task', pg_temp.blob(d.s || 't', 4))
    WHEN 8 THEN jsonb_build_object('goalId', 'mål-1', 'description', pg_temp.blob(d.s || 'g', 4))
    WHEN 9 THEN jsonb_build_object('measureId', 'tiltak-1', 'owner', pg_temp.ref(d.o_unit, d.o_type), 'responsiblePractitionerId', d.o_prac,
      'goal', pg_temp.blob(d.s || 'g', 3), 'goalId', 'mål-1', 'startsOn', d.day, 'evaluationDates', jsonb_build_array(to_char(d.at + interval '8 days', 'YYYY-MM-DD')))
    WHEN 11 THEN jsonb_build_object('measureId', 'tiltak-1', 'evaluatedOn', d.day, 'effect', 'better', 'note', pg_temp.blob(d.s || 'n', 6))
    WHEN 12 THEN jsonb_build_object('agreementId', 'avtale-1', 'text', pg_temp.blob(d.s || 'a', 6), 'responsible', pg_temp.blob(d.s || 'ar', 1))
    WHEN 13 THEN jsonb_build_object('measureId', 'tiltak-2', 'owner', pg_temp.ref(d.p_unit, d.p_type), 'responsiblePractitionerId', d.p_prac,
      'goal', pg_temp.blob(d.s || 'g', 3), 'startsOn', d.day, 'evaluationDates', jsonb_build_array(to_char(d.at + interval '8 days', 'YYYY-MM-DD')))
    WHEN 15 THEN jsonb_build_object('measureId', 'tiltak-2', 'evaluatedOn', d.day, 'effect', 'unchanged', 'note', pg_temp.blob(d.s || 'n', 5))
    WHEN 16 THEN jsonb_build_object('from', 1, 'to', 2, 'reason', pg_temp.blob(d.s || 'r', 5))
    WHEN 17 THEN jsonb_build_object('goalId', 'mål-2', 'description', pg_temp.blob(d.s || 'g', 4))
    WHEN 19 THEN jsonb_build_object('measureId', 'tiltak-1', 'endedOn', d.day, 'reason', pg_temp.blob(d.s || 'r', 3))
    WHEN 20 THEN jsonb_build_object('agreementId', 'avtale-2', 'text', pg_temp.blob(d.s || 'a', 5))
    ELSE jsonb_build_object('meetingId', 'møte-' || d.v, 'heldOn', d.day,
      'participants', jsonb_build_array(pg_temp.blob(d.s || 'p1', 1), pg_temp.blob(d.s || 'p2', 1), pg_temp.blob(d.s || 'p3', 2)),
      'decisions', jsonb_build_array(pg_temp.blob(d.s || 'd1', 5), pg_temp.blob(d.s || 'd2', 4)),
      'childsVoice', jsonb_build_object('kind', 'heard', 'said', pg_temp.blob(d.s || 'cv', 3)))
  END,
  jsonb_build_object('childId', d.child_id::text, 'actorUserId', CASE WHEN d.by_partner THEN d.p_prac ELSE d.o_prac END,
    'actorServiceId', CASE WHEN d.by_partner THEN d.p_unit ELSE d.o_unit END,
    'correlationId', gen_random_uuid()::text, 'occurredAt', d.at_text),
  d.child_id, d.at
FROM d
ORDER BY d.i, d.v`;

const READ_MODELS = `
WITH ${CHILDREN_CTE},
  idx AS (
    INSERT INTO child_index (child_id, home_municipality, lookup_hashes, registered_at)
    SELECT c.child_id, c.kommune,
      ARRAY[md5(c.i || 'h1') || md5(c.i || 'h1x'), md5(c.i || 'h2') || md5(c.i || 'h2x'), md5(c.i || 'h3') || md5(c.i || 'h3x')],
      c.t0 - interval '3 days'
    FROM c
  ),
  keys AS (
    -- Opaque wrapped keys for children never read; the read children's rows are replaced by real ones.
    INSERT INTO child_keys (child_id, wrapped_key, key_version, created_at)
    SELECT c.child_id, pg_temp.blob(c.i || 'key', 2)::text, 1, c.t0 - interval '3 days' FROM c
  )
INSERT INTO case_worklist (case_id, child_id, kommunenummer, owning_unit, level, status, stafettholder_unit, stafettholder_practitioner,
  decision_due_on, level_zero_decided, participating_units, version, updated_at)
SELECT c.case_id, c.child_id::text, c.kommune, c.o_unit, 2, 'open', c.o_unit, c.o_prac,
  (c.t0 + interval '14 days')::date, true, ARRAY[c.o_unit, c.p_unit], ${EVENTS_PER_CASE}, c.t0 + ${EVENTS_PER_CASE - 1} * interval '4 days'
FROM c`;

/** The child_timeline rows of the case events, as ChildTimelineProjection derives them (checked in verify). */
const TIMELINE = `
INSERT INTO child_timeline (entry_id, child_id, case_id, category, owner_unit_id, owner_service_type, owner_family, occurred_at,
  event_type, stream_id, stream_version, statutory_recipient_unit_id)
SELECT lower(e.event_id::text), e.child_id, e.data->>'caseId', cat.category, e.data->'by'->>'unitId', e.data->'by'->>'serviceType',
  coalesce(fam.family, 'other'), (e.data->>'at')::timestamptz, e.event_type, e.stream_id, e.stream_version, NULL
FROM events e
JOIN unnest($3::text[], $4::text[]) AS cat(type, category) ON cat.type = e.event_type
LEFT JOIN unnest($5::text[], $6::text[]) AS fam(service_type, family) ON fam.service_type = e.data->'by'->>'serviceType'
WHERE e.child_id IN (SELECT md5('stafett-bench-child-' || i)::uuid FROM generate_series($1::int, $2::int) AS i)
  AND e.stream_id LIKE 'concern-%'`;

const TEXTS = [
  'Virker sliten om morgenen og sovner i samlingsstunden',
  'siden høstferien',
  'Har sagt at det er mye krangling hjemme og at hun ikke vil hjem',
  'Mor ønsker at pedagogisk leder følger opp',
  'Foreldre og barnehage er enige om å prøve faste rutiner ved levering',
  'Helsesykepleier deltar på neste møte og ser på søvn og ernæring',
  'Bedre humør de siste ukene, leker mer med de andre barna',
  'Kartlegging av språk gjennomføres før jul',
  'mor',
  'far',
  'pedagogisk leder',
  'Barnet fortalte at det liker å være i barnehagen, men savner pappa',
];

function realisticText(seed: number): string {
  const a = TEXTS[seed % TEXTS.length];
  const b = TEXTS[(seed * 7 + 3) % TEXTS.length];
  return seed % 3 === 0 ? `${a}. ${b}.` : a;
}

export async function seed(url: string, plan: SeedPlan, keyring: MasterKeyring, log: (line: string) => void): Promise<SeedResult> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const seconds: Record<string, number> = {};
  const timed = async <T>(label: string, work: () => Promise<T>): Promise<T> => {
    const started = process.hrtime.bigint();
    const result = await work();
    seconds[label] = (seconds[label] ?? 0) + Number(process.hrtime.bigint() - started) / 1e9;
    return result;
  };
  try {
    await client.query(FUNCTIONS);
    // Bulk load: WAL flushes are not what this bench measures; the reads later run with the defaults.
    await client.query('SET synchronous_commit = off');
    const categories = Object.entries(CATEGORY_BY_CONCERN_EVENT);
    const families = DEFAULT_SERVICE_TYPES.map((t) => [t.code, familyOf(t.code)]);
    for (let from = 1; from <= plan.children; from += plan.chunk) {
      const to = Math.min(plan.children, from + plan.chunk - 1);
      await timed('events', async () => {
        await client.query(CHILD_EVENTS, [from, to]);
        await client.query(CASE_EVENTS, [from, to]);
      });
      await timed('read models', async () => {
        await client.query(READ_MODELS, [from, to]);
        await client.query(TIMELINE, [from, to, categories.map((c) => c[0]), categories.map((c) => c[1]), families.map((f) => f[0]), families.map((f) => f[1])]);
      });
      log(`  seeded children ${from}..${to} (${(to * (EVENTS_PER_CASE + 1)).toLocaleString('en-US')} events so far)`);
    }

    // The children the bench reads: demo-barnehage's (i % 4 = 0), spread over the whole range.
    const eligible = Math.floor(plan.children / 4);
    const count = Math.min(plan.readChildren, eligible);
    const step = eligible / count;
    const readIndexes = Array.from({ length: count }, (_, k) => 4 * (1 + Math.floor(k * step)));
    const readChildIds = readIndexes.map(childIdOf);
    await timed('real encryption', () => encryptForReal(client, readChildIds, keyring));
    log(`  ${count} children read by the bench got real data keys and AES-256-GCM texts`);

    await timed('analyze + checkpoints', async () => {
      await client.query('ANALYZE');
      await client.query('CHECKPOINT').catch(() => undefined);
    });
    const events = Number((await client.query<{ n: string }>('SELECT count(*) AS n FROM events')).rows[0].n);
    return { events, children: plan.children, cases: plan.children, readChildIds, seconds };
  } finally {
    await client.end();
  }
}

/** Real data keys and ciphertexts for the read children, the way PersonalDataVault and ConcernCaseStore make them. */
async function encryptForReal(client: Client, childIds: readonly string[], keyring: MasterKeyring): Promise<void> {
  const batch = 250;
  for (let k = 0; k < childIds.length; k += batch) {
    const ids = childIds.slice(k, k + batch);
    const keys = ids.map((childId) => ({ childId, dataKey: generateDataKey() }));
    const wrapped = keys.map(({ childId, dataKey }) => wrapDataKey(dataKey, keyring, childId));
    await client.query(
      `UPDATE child_keys k SET wrapped_key = u.wrapped, key_version = u.version
         FROM unnest($1::uuid[], $2::text[], $3::int[]) AS u(child_id, wrapped, version) WHERE k.child_id = u.child_id`,
      [ids, wrapped.map((w) => w.wrappedKey), wrapped.map((w) => w.keyVersion)],
    );
    const { rows } = await client.query<{ stream_id: string; stream_version: string; event_type: string; data: unknown; child_id: string }>(
      `SELECT stream_id, stream_version::text, event_type, data, child_id::text FROM events
        WHERE child_id = ANY($1::uuid[]) AND stream_id LIKE 'concern-%'`,
      [ids],
    );
    const keyOf = new Map(keys.map((k2) => [k2.childId, k2.dataKey]));
    let n = 0;
    const sealed = rows.map((row) => {
      const dataKey = keyOf.get(row.child_id);
      if (!dataKey) throw new Error(`no key for ${row.child_id}`);
      const event = mapConcernTexts({ type: row.event_type, data: row.data }, (value) =>
        isEncryptedField(value) ? encryptField(realisticText(n++), dataKey, row.child_id) : value,
      );
      return JSON.stringify(event.data);
    });
    await client.query(
      `UPDATE events e SET data = u.data
         FROM unnest($1::text[], $2::bigint[], $3::jsonb[]) AS u(stream_id, stream_version, data)
        WHERE e.stream_id = u.stream_id AND e.stream_version = u.stream_version`,
      [rows.map((r) => r.stream_id), rows.map((r) => r.stream_version), sealed],
    );
  }
}

/** Puts every projection's checkpoint at the head of the log, so the API starts without replaying the seed. */
export async function checkpointsAtHead(url: string, projectionNames: readonly string[]): Promise<string> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query<{ commit: string; prepare: string }>(
      `SELECT transaction_id::text AS commit, global_position::text AS prepare FROM events
        ORDER BY transaction_id DESC, global_position DESC LIMIT 1`,
    );
    const head = rows[0];
    await client.query(
      `INSERT INTO subscriptions (name, position_commit, position_prepare) SELECT n, $2, $3 FROM unnest($1::text[]) AS n
       ON CONFLICT (name) DO UPDATE SET position_commit = excluded.position_commit, position_prepare = excluded.position_prepare`,
      [projectionNames, head.commit, head.prepare],
    );
    return `${head.commit}/${head.prepare}`;
  } finally {
    await client.end();
  }
}

export const newCorrelationId = (): string => randomUUID();

/**
 * The seeded `child_timeline` rows of some children against what ChildTimelineProjection's own row
 * function (`timelineRowFrom`) makes of their events: same entries, categories, owners and times.
 */
export async function checkTimelineRows(url: string, childIds: readonly string[]): Promise<number> {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    let checked = 0;
    for (const childId of childIds) {
      const { rows: events } = await client.query<{ event_id: string; stream_id: string; stream_version: string; event_type: string; data: unknown; metadata: Record<string, unknown>; recorded_at: Date }>(
        `SELECT event_id::text, stream_id, stream_version::text, event_type, data, metadata, recorded_at FROM events
          WHERE child_id = $1::uuid AND stream_id LIKE 'concern-%' ORDER BY stream_id, stream_version`,
        [childId],
      );
      const recorded = events.map((e) => ({
        id: e.event_id, type: e.event_type, data: e.data, metadata: e.metadata, streamId: e.stream_id, streamVersion: BigInt(e.stream_version), recordedAt: e.recorded_at,
      })) as unknown as RecordedEvent[];
      const cases = new Map<string, TimelineCase>();
      const expected = recorded.flatMap((event) => {
        const registered = timelineCaseFrom(event);
        if (registered) cases.set((event.data as { caseId: string }).caseId.toLowerCase(), registered);
        const row = timelineRowFrom(event, (caseId) => cases.get(caseId));
        return row ? [[row.entryId, row.childId, row.caseId, row.category, row.ownerUnitId, row.ownerServiceType, row.ownerFamily, row.occurredAt, row.eventType, row.streamId, row.streamVersion.toString()].join('|')] : [];
      });
      const { rows: stored } = await client.query<{ row: string }>(
        `SELECT concat_ws('|', entry_id, child_id, case_id, category, owner_unit_id, owner_service_type, owner_family,
                to_char(occurred_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"'), event_type, stream_id, stream_version) AS row
           FROM child_timeline WHERE child_id = $1::uuid`,
        [childId],
      );
      const a = [...expected].sort();
      const b = stored.map((r) => r.row).sort();
      if (a.length === 0 || JSON.stringify(a) !== JSON.stringify(b)) {
        throw new Error(`child_timeline of ${childId} differs from the projection's rows:\n  expected ${a.slice(0, 3).join('\n  ')}\n  stored   ${b.slice(0, 3).join('\n  ')}`);
      }
      checked += a.length;
    }
    return checked;
  } finally {
    await client.end();
  }
}
