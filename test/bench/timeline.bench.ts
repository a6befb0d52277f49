import { osloDate } from '@stafett/kernel';
import 'reflect-metadata';
import { fork, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { chmod, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import autocannon from 'autocannon';
import { startEmbeddedPostgres, type EmbeddedServer } from '../../libs/platform/src/database/embedded-postgres.server';
import { dropDatabase, ensureDatabase, withDatabase } from '../../libs/platform/src/database/create-database';
import { findFreePort } from '../../libs/platform/src/database/free-port';
import { runMigrations } from '../../libs/platform/src/database/run-migrations';
import { buildAppConfig } from '../../libs/platform/src/config/app-config';
import { MasterKeyring } from '../../libs/identity/src/personal-data/master-keyring';
import { DevIssuer, authSettingsFromEnv } from '../../libs/auth/src';
import { PRODUCT_MIGRATIONS, PRODUCT_PROJECTIONS } from '../../apps/composition/src';
import { createApp } from '../../apps/api/src/create-app';
import { serverFacts } from './bench-server';
import { machineFacts } from './bench-report';
import { caseIdOf, checkpointsAtHead, checkTimelineRows, childIdOf, EVENTS_PER_CASE, seed } from './timeline/seed';
import { explainQueries, timePhases } from './timeline/phases';
import { percentile, writeTimelineSection, type LevelResult } from './timeline/report';

const started = Date.now();
const log = (line: string): void => console.log(`[${((Date.now() - started) / 1000).toFixed(1).padStart(6)} s] ${line}`);
const int = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

const PLAN = {
  children: int('BENCH_CHILDREN', 50_000),
  readChildren: int('BENCH_READ_CHILDREN', 2_000),
  chunk: int('BENCH_SEED_CHUNK', 5_000),
  seconds: int('BENCH_SECONDS', 10),
  warmupSeconds: int('BENCH_WARMUP_SECONDS', 3),
  levels: (process.env.BENCH_CONNECTIONS ?? '1,8,32').split(',').map(Number),
  phaseSamples: int('BENCH_PHASE_SAMPLES', 200),
};

async function main(): Promise<void> {
  let embedded: EmbeddedServer | undefined;
  let api: ChildProcess | undefined;
  let databaseUrl: string | undefined;
  const dataDir = await mkdtemp(join(tmpdir(), 'stafett-timeline-bench-'));
  try {
    let serverUrl = process.env.DATABASE_URL;
    if (!serverUrl) {
      const dir = await mkdtemp(join(tmpdir(), 'stafett-bench-'));
      await chmod(dir, 0o755);
      embedded = await startEmbeddedPostgres({ dir, port: await findFreePort(), persistent: false });
      serverUrl = embedded.url;
      log(`started embedded PostgreSQL at ${new URL(serverUrl).host} in ${dir}`);
    } else {
      log(`using the PostgreSQL server at DATABASE_URL (${new URL(serverUrl).host})`);
    }
    databaseUrl = withDatabase(serverUrl, `stafett_timeline_${randomBytes(4).toString('hex')}`);
    await ensureDatabase(databaseUrl);
    await runMigrations(databaseUrl, PRODUCT_MIGRATIONS);
    log(`database ${new URL(databaseUrl).pathname.slice(1)} created and migrated`);

    const masterKey = randomBytes(32).toString('base64');
    const env: NodeJS.ProcessEnv = {
      ...process.env,
      NODE_ENV: 'development',
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      PERSONAL_DATA_MASTER_KEY: masterKey,
      PERSONAL_DATA_LOOKUP_KEY: randomBytes(32).toString('base64'),
      RATE_LIMIT_PER_MINUTE: '100000000',
      RATE_LIMIT_PER_MINUTE_PER_ADDRESS: '100000000',
      RUN_PROJECTIONS: process.env.BENCH_API_PROJECTIONS ?? 'true',
    };

    log(`seeding ${PLAN.children.toLocaleString('en-US')} children × (1 child event + ${EVENTS_PER_CASE} case events) in SQL`);
    const seeded = await seed(databaseUrl, PLAN, MasterKeyring.fromConfig({ current: masterKey }), (line) => log(line));
    const head = await checkpointsAtHead(databaseUrl, PRODUCT_PROJECTIONS.map((p) => p.name));
    log(`seeded ${seeded.events.toLocaleString('en-US')} events; checkpoints of every projection at the head (${head}); ` +
      Object.entries(seeded.seconds).map(([k, v]) => `${k} ${v.toFixed(0)} s`).join(', '));

    // BENCH_CPU_PROF=<dir>: a V8 CPU profile of the API process, to see where its CPU goes.
    const execArgv = process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [];
    api = fork(join(__dirname, 'timeline', 'api-server.js'), [], { env, execArgv, stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
    const port = await new Promise<number>((resolve, reject) => {
      api?.once('message', (m: { port: number }) => resolve(m.port));
      api?.once('exit', (code) => reject(new Error(`the API exited (${code}) before listening`)));
    });
    const apiPid = api.pid as number;
    const base = `http://127.0.0.1:${port}`;
    log(`API (pid ${api.pid}) listening on ${base}`);
    const issuer = await DevIssuer.open(authSettingsFromEnv(env));
    const token = await issuer.mintDevToken('demo-barnehage-leder', { expiresIn: '1h' });
    const headers = { authorization: `Bearer ${token}` };
    const pathOf = (childId: string): string => `/api/v1/children/${childId}/timeline?purpose=follow-up`;

    // The organisation view is built by its projection after start-up; tokens are accepted once it is.
    const first = seeded.readChildIds[0];
    for (let attempt = 0; ; attempt++) {
      const response = await fetch(base + pathOf(first), { headers });
      if (response.status === 200) break;
      if (attempt > 100) throw new Error(`timeline read still ${response.status}: ${await response.text()}`);
      await new Promise((r) => setTimeout(r, 200));
    }
    const sampleForRows = [...seeded.readChildIds.slice(0, 3), childIdOf(1), childIdOf(2), childIdOf(PLAN.children)];
    const rowsChecked = await checkTimelineRows(databaseUrl, sampleForRows);
    const verification = `${await verify(base, headers, seeded.readChildIds, pathOf)}; the seeded child_timeline rows of ${sampleForRows.length} children (${rowsChecked} entries) equal what the projection's timelineRowFrom makes of their events`;
    log(`verified: ${verification}`);

    const db = new Client({ connectionString: databaseUrl });
    await db.connect();
    const timelineReads = async (): Promise<number> =>
      Number((await db.query<{ n: string }>(`SELECT count(*) AS n FROM events WHERE event_type = 'TimelineRead'`)).rows[0].n);

    const idleBefore = await transactions(db);
    await new Promise((r) => setTimeout(r, 3000));
    const idleTransactionsPerSecond = ((await transactions(db)) - idleBefore) / 3;
    log(`idle API: ${idleTransactionsPerSecond.toFixed(1)} PostgreSQL transactions/s (the projections polling)`);

    let cursor = 0;
    const nextPath = (): string => pathOf(seeded.readChildIds[cursor++ % seeded.readChildIds.length]);
    const measureLevels = async (label: string): Promise<Record<string, LevelResult>> => {
    const results: Record<string, LevelResult> = {};
    for (const connections of PLAN.levels) {
      await run(base, headers, nextPath, connections, PLAN.warmupSeconds);
      const before = await timelineReads();
      const cpuBefore = cpuOf(apiPid);
      const pgBefore = await backendCpu(db);
      const xactBefore = await transactions(db);
      const clientBefore = process.cpuUsage();
      const result = await run(base, headers, nextPath, connections, PLAN.seconds);
      const clientUsed = process.cpuUsage(clientBefore);
      const apiCpu = cpuOf(apiPid) - cpuBefore;
      const pgCpu = cpuSince(pgBefore, await backendCpu(db));
      const xacts = (await transactions(db)) - xactBefore;
      const appended = (await timelineReads()) - before;
      results[`c${connections}`] = { ...result, appended, apiCpuMsPerRequest: apiCpu / result.ok, pgCpuMsPerRequest: pgCpu / result.ok, transactionsPerRequest: xacts / result.ok, clientCpuMsPerRequest: (clientUsed.user + clientUsed.system) / 1000 / result.ok };
      log(`${label}c${connections}: ${result.ok} reads in ${PLAN.seconds} s (${(result.ok / PLAN.seconds).toFixed(0)}/s), ` +
        `p50 ${result.p50_ms} ms, p95 ${result.p95_ms} ms, p99 ${result.p99_ms} ms (autocannon p50 ${result.autocannonP50} / p99 ${result.autocannonP99}), ` +
        `non-2xx ${result.errors}, TimelineRead appended ${appended}, ${(xacts / result.ok).toFixed(1)} PostgreSQL transactions per read, CPU per read: API ${(apiCpu / result.ok).toFixed(2)} ms, PostgreSQL ${(pgCpu / result.ok).toFixed(2)} ms, autocannon ${((clientUsed.user + clientUsed.system) / 1000 / result.ok).toFixed(2)} ms`);
      if (appended < result.ok) throw new Error(`only ${appended} TimelineRead events for ${result.ok} answered reads`);
    }
    return results;
    };
    const results = await measureLevels('');

    log('timing the handler’s phases (one read at a time, in this process, projections off)');
    const phaseEnv = { ...env, RUN_PROJECTIONS: 'false' };
    const phaseApp = await createApp(buildAppConfig(phaseEnv, { url: databaseUrl, embedded: false }), phaseEnv, { logDestination: { write: () => undefined } });
    await phaseApp.init();
    const sample = seeded.readChildIds.slice(0, PLAN.phaseSamples);
    await timePhases(phaseApp, sample.slice(0, 20)); // warm-up
    const phases = await timePhases(phaseApp, sample);
    await phaseApp.close();
    for (const [phase, values] of Object.entries(phases)) log(`  ${phase.padEnd(48)} p50 ${percentile(values, 50).toFixed(2)} ms, p95 ${percentile(values, 95).toFixed(2)} ms`);
    const readIndex = 4; // the first read child is i = 4
    const plans = await explainQueries(databaseUrl, first, caseIdOf(readIndex));
    for (const plan of plans) log(`  EXPLAIN ${plan.label.padEnd(30)} ${plan.executionMs.toFixed(3)} ms (+ plan ${plan.planningMs.toFixed(3)} ms): ${plan.topNodes}`);
    // Optional second pass with an extra index (BENCH_WHAT_IF=true), for trying an index before it
    // becomes a migration; the application's own index on lower(child_id) exists since 1732000000900.
    let whatIf: Record<string, LevelResult> | undefined;
    if (process.env.BENCH_WHAT_IF === 'true') {
      await db.query('CREATE INDEX bench_case_worklist_lower_child ON case_worklist (lower(child_id))');
      await db.query('ANALYZE case_worklist');
      log('what-if: CREATE INDEX ON case_worklist (lower(child_id)) on the bench database, same levels again');
      whatIf = await measureLevels('what-if ');
      const withIndex = await explainQueries(databaseUrl, first, caseIdOf(readIndex));
      const viewer = withIndex.find((p) => p.label.startsWith('viewer'));
      if (viewer) {
        plans.push({ ...viewer, label: `${viewer.label}, what-if index` });
        log(`  EXPLAIN ${viewer.label} with the index: ${viewer.executionMs.toFixed(3)} ms: ${viewer.topNodes}`);
      }
    }
    const osloDateMicros = timeOsloDate();
    log(`osloDate (twice per read): ${osloDateMicros.toFixed(0)} µs per call`);
    const tableRows = Object.fromEntries(
      (await db.query<{ t: string; n: string }>(`SELECT 'case_worklist' AS t, count(*)::text AS n FROM case_worklist UNION ALL SELECT 'child_timeline', count(*)::text FROM child_timeline`)).rows.map((r) => [r.t, Number(r.n)]),
    );
    await db.end();

    const facts = await serverFacts(databaseUrl);
    const summary = {
      events: seeded.events,
      children: seeded.children,
      ...Object.fromEntries(Object.entries(results).map(([k, r]) => [k, { p50_ms: r.p50_ms, p95_ms: r.p95_ms, p99_ms: r.p99_ms }])),
    };
    const path = await writeTimelineSection({
      machine: machineFacts(), server: facts, embedded: embedded !== undefined, plan: PLAN, seeded, results, whatIf, phases, plans, tableRows,
      idleTransactionsPerSecond, osloDateMicros,
      verification, startedAt: new Date(started), seconds: (Date.now() - started) / 1000,
    });
    log(`wrote the "Timeline reads" section of ${path}`);
    api.kill('SIGTERM');
    await new Promise((r) => api?.once('exit', r));
    api = undefined;
    console.log(JSON.stringify(summary));
  } finally {
    if (api) api.kill('SIGKILL');
    if (databaseUrl) await dropDatabase(databaseUrl).catch((error) => log(`could not drop the database: ${String(error)}`));
    if (embedded) await embedded.stop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

/** A few real reads: 200 with shown entries whose texts are decrypted; a child of 5028 is refused. */
async function verify(base: string, headers: Record<string, string>, childIds: readonly string[], pathOf: (id: string) => string): Promise<string> {
  let shown = 0;
  let redacted = 0;
  let texts = 0;
  const picks = [childIds[0], childIds[Math.floor(childIds.length / 2)], childIds[childIds.length - 1]];
  for (const childId of picks) {
    const response = await fetch(base + pathOf(childId), { headers });
    const body = (await response.json()) as { entries: Array<{ visibility: string; content?: unknown }> };
    if (response.status !== 200) throw new Error(`read of ${childId}: ${response.status} ${JSON.stringify(body)}`);
    const mine = body.entries.filter((e) => e.visibility === 'shown');
    if (mine.length === 0) throw new Error(`read of ${childId}: no shown entries`);
    shown += mine.length;
    redacted += body.entries.filter((e) => e.visibility === 'redacted').length;
    const json = JSON.stringify(mine.map((e) => e.content));
    if (json.includes('"ct"')) throw new Error(`read of ${childId}: shown content still encrypted`);
    texts += (json.match(/barnehage|mor|far|sliten|høstferien|rutiner|Helsesykepleier|humør|Kartlegging|Barnet|Foreldre|krangling/g) ?? []).length;
  }
  const refused = await fetch(base + pathOf('c4ca4238-a0b9-3382-8dcc-509a6f75849b'), { headers }); // md5('1'): no such child
  if (refused.status !== 403) throw new Error(`unknown child answered ${refused.status}`);
  return `${picks.length} reads answered 200 with ${shown} shown entries (${redacted} redacted) and ${texts} decrypted texts; an unknown child got 403`;
}

interface RunResult {
  readonly ok: number;
  readonly errors: number;
  readonly p50_ms: number;
  readonly p95_ms: number;
  readonly p99_ms: number;
  readonly autocannonP50: number;
  readonly autocannonP99: number;
  readonly latencies: number[];
}

/** autocannon at `connections` for `seconds`, each request for the next child; latencies of 2xx answers. */
async function run(base: string, headers: Record<string, string>, nextPath: () => string, connections: number, seconds: number): Promise<RunResult> {
  const latencies: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url: base,
    connections,
    duration: seconds,
    headers,
    requests: [{ method: 'GET', setupRequest: (request: Record<string, unknown>) => ({ ...request, path: nextPath() }) }],
  });
  instance.on('response', (_client: unknown, statusCode: number, _bytes: number, responseTime: number) => {
    if (statusCode >= 200 && statusCode < 300) latencies.push(responseTime);
    else errors++;
  });
  const result = await instance;
  const r2 = (v: number): number => Math.round(v * 100) / 100;
  return {
    ok: latencies.length,
    errors: errors + result.errors + result.timeouts,
    p50_ms: r2(percentile(latencies, 50)),
    p95_ms: r2(percentile(latencies, 95)),
    p99_ms: r2(percentile(latencies, 99)),
    autocannonP50: result.latency.p50,
    autocannonP99: result.latency.p99,
    latencies,
  };
}

/** Microseconds per call of the organisation directory's osloDate, which builds an Intl.DateTimeFormat each time. */
function timeOsloDate(): number {
  const at = new Date();
  for (let k = 0; k < 200; k++) osloDate(at);
  const t = process.hrtime.bigint();
  for (let k = 0; k < 2000; k++) osloDate(at);
  return Number(process.hrtime.bigint() - t) / 1e3 / 2000;
}

/** Committed transactions of the bench database (every autocommit statement is one). */
async function transactions(db: Client): Promise<number> {
  await db.query('SELECT pg_stat_clear_snapshot()');
  const { rows } = await db.query<{ n: string }>('SELECT xact_commit::text AS n FROM pg_stat_database WHERE datname = current_database()');
  return Number(rows[0].n);
}

const TICK_MS = 10; // CLK_TCK 100

/** CPU milliseconds of a local process (utime + stime). */
function cpuOf(pid: number): number {
  const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
  return (Number(fields[11]) + Number(fields[12])) * TICK_MS;
}

/** CPU milliseconds of each backend of the bench database, by pid (the server is local when embedded). */
async function backendCpu(db: Client): Promise<Map<number, number> | undefined> {
  const { rows } = await db.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = current_database()');
  const times = new Map<number, number>();
  for (const { pid } of rows) {
    try {
      times.set(pid, cpuOf(pid));
    } catch {
      return undefined; // not on this machine (DATABASE_URL elsewhere), or gone meanwhile
    }
  }
  return times;
}

/** CPU used by the backends between two readings; a backend that appeared meanwhile counts from zero. */
function cpuSince(before: Map<number, number> | undefined, after: Map<number, number> | undefined): number {
  if (!before || !after) return NaN;
  let total = 0;
  for (const [pid, time] of after) total += time - (before.get(pid) ?? 0);
  return total;
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
