import { Client } from 'pg';
import type { INestApplication } from '@nestjs/common';
import { ReadTimelineHandler } from '../../../libs/access/src/application/queries/read-timeline/read-timeline.handler';
import { ReadTimelineQuery } from '../../../libs/access/src/application/queries/read-timeline/read-timeline.query';
import { viewerOf } from '../../../libs/access/src/application/relations/child-relation';
import { PersonalDataVault } from '../../../libs/identity/src/personal-data/personal-data-vault';
import type { Principal } from '../../../libs/auth/src';
import { concernStreamId } from '../../../libs/concern/src/domain/concern.events';
import { familyOf } from '../../../libs/access/src/read-models/child-timeline/child-timeline.row';

export const LEADER: Principal = {
  practitionerId: 'demo-barnehage-leder',
  unitId: 'demo-barnehage',
  serviceType: 'barnehage',
  roles: ['leader'],
  tokenExpiresAt: new Date(Date.now() + 3_600_000),
} as Principal;

export type PhaseTimes = Record<string, number[]>;

const now = (): number => Number(process.hrtime.bigint()) / 1e6;

/**
 * Where one read's time goes inside the server: the handler's own collaborators (taken from the
 * application's container) called one after the other, in the order and with the arguments
 * `ReadTimelineHandler.execute` uses, then the whole `execute` for comparison. One request at a
 * time, so these are service times without queueing.
 */
export async function timePhases(app: INestApplication, childIds: readonly string[]): Promise<PhaseTimes> {
  const handler = app.get(ReadTimelineHandler);
  const parts = handler as unknown as Record<string, any>;
  const vault = app.get(PersonalDataVault);
  const store = parts.accessLog.store;
  const times: PhaseTimes = {};
  const add = (phase: string, ms: number): void => {
    (times[phase] ??= []).push(ms);
  };
  for (const childId of childIds) {
    const at = new Date();
    let t = now();
    const context = await parts.relations.of(LEADER, childId, at);
    add('relation: child stream, cases, consents, reports', now() - t);
    const id: string = context.relation.childId;
    t = now();
    const entries = await parts.timeline.entriesFor(id);
    add('child_timeline entries', now() - t);
    t = now();
    const viewer = viewerOf(LEADER, familyOf(LEADER.serviceType), context.relation.cases);
    const iso = at.toISOString();
    const shown = entries.filter((entry: any) => {
      const { eventType: _a, streamId: _b, streamVersion: _c, ...facts } = entry;
      return parts.policy(viewer, facts, context.consents, iso, 'follow-up').visibility === 'shown';
    });
    add('policy over entries', now() - t);
    const caseIds = [...new Set(shown.map((e: any) => e.caseId))] as string[];
    t = now();
    for (const caseId of caseIds) await store.readStream(concernStreamId(caseId));
    add('  content: case stream read', now() - t);
    t = now();
    for (let k = 0; k < caseIds.length; k++) await vault.existingCipherFor(id);
    add('  content: child key (child_keys + unwrap)', now() - t);
    t = now();
    await parts.content.contentOf(id, shown);
    add('content: whole (read + key + decrypt + evolve)', now() - t);
    t = now();
    await parts.accessLog.record(id, { type: 'TimelineRead', data: { practitionerId: LEADER.practitionerId, unitId: LEADER.unitId, purpose: 'follow-up', shownEntryIds: shown.map((e: any) => e.entryId) } }, { principal: LEADER }, iso);
    add('TimelineRead append', now() - t);
    t = now();
    await handler.execute(new ReadTimelineQuery(childId, 'follow-up', { principal: LEADER }));
    add('execute(), whole handler', now() - t);
  }
  return times;
}

export interface QueryPlan {
  readonly label: string;
  readonly executionMs: number;
  readonly planningMs: number;
  readonly topNodes: string;
}

/** EXPLAIN ANALYZE of the read side's queries for one child, as the reader and the store send them. */
export async function explainQueries(url: string, childId: string, caseId: string): Promise<QueryPlan[]> {
  const client = new Client({ connectionString: url });
  await client.connect();
  const queries: Array<[string, string, unknown[]]> = [
    ['child_timeline entries', `SELECT entry_id, child_id::text, case_id, category, owner_unit_id, owner_service_type, owner_family, occurred_at,
              event_type, stream_id, stream_version::text, statutory_recipient_unit_id
         FROM child_timeline WHERE child_id = $1::uuid ORDER BY occurred_at, stream_id, stream_version`, [childId]],
    ['viewer cases (case_worklist)', `SELECT case_id, coalesce(stafettholder_practitioner = $3, false) AS holds FROM case_worklist
        WHERE lower(child_id) = $1 AND (owning_unit = $2 OR participating_units @> ARRAY[$2]::text[] OR stafettholder_unit = $2)
        ORDER BY case_id`, [childId, LEADER.unitId, LEADER.practitionerId]],
    ['case stream read', `SELECT * FROM events WHERE stream_id = $1 ORDER BY stream_version`, [concernStreamId(caseId)]],
    ['consent register', `SELECT * FROM consent_register WHERE child_id = $1::uuid`, [childId]],
    ['child key', `SELECT * FROM child_keys WHERE child_id = $1`, [childId]],
  ];
  const plans: QueryPlan[] = [];
  try {
    for (const [label, sql, params] of queries) {
      const runs: QueryPlan[] = [];
      for (let k = 0; k < 5; k++) {
        const { rows } = await client.query(`EXPLAIN (ANALYZE, FORMAT JSON) ${sql}`, params);
        const plan = rows[0]['QUERY PLAN'][0];
        const nodes: string[] = [];
        const walk = (node: any): void => {
          nodes.push(`${node['Node Type']}${node['Index Name'] ? ` using ${node['Index Name']}` : node['Relation Name'] ? ` on ${node['Relation Name']}` : ''}`);
          for (const child of node.Plans ?? []) walk(child);
        };
        walk(plan.Plan);
        runs.push({ label, executionMs: plan['Execution Time'], planningMs: plan['Planning Time'], topNodes: nodes.join(' > ') });
      }
      runs.sort((a, b) => a.executionMs - b.executionMs);
      plans.push(runs[2]);
    }
  } finally {
    await client.end();
  }
  return plans;
}
