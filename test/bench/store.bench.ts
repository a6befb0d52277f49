/**
 * `npm run bench:store`: our PostgreSQL event store against the plain-INSERT ceiling and Emmett's
 * PostgreSQL store, on one server, interleaved in rounds. Prints progress, writes
 * docs/benchmarks.md, and ends with one JSON line. Not a test: nothing here asserts.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { withDatabase } from '../../libs/platform/src/database/create-database';
import { dataSourceOptions } from '../../libs/platform/src/database/data-source.options';
import { PRODUCT_MIGRATIONS } from '../../apps/composition/src';
import { benchEvents, typicalEventSize } from './bench-events';
import { checkpoint, openBenchServer, serverFacts, type BenchServer } from './bench-server';
import { CpuMeter } from './bench-cpu';
import { emptyCpuSamples, emptySamples, perSecond, record, rotate, type CpuSamples, type Samples, type Workload } from './bench-stats';
import { ceilingContender, emmettContender, oursContender, POOL_SIZE, type Contender } from './contenders';
import { machineFacts, summarise, writeReport, type BenchPlan } from './bench-report';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

const PLAN: BenchPlan = {
  rounds: env('BENCH_ROUNDS', 7),
  seqAppends: env('BENCH_SEQ_APPENDS', 2000),
  writers: 10,
  appendsPerWriter: env('BENCH_WRITER_APPENDS', 300),
  batches: 100,
  batchSize: 100,
  catchUpBatch: env('BENCH_CATCHUP_BATCH', 1000),
  poolSize: POOL_SIZE,
};

const log = (line: string): void => console.log(`[bench] ${line}`);

async function main(): Promise<void> {
  const startedAt = new Date();
  const server = await openBenchServer(log);
  let contenders: Contender[] = [];
  let admin: Client | undefined;
  try {
    await migrateOurs(server.databases.ours);
    contenders = [
      oursContender(server.databases.ours),
      await ceilingContender(server.databases.ceiling),
      await emmettContender(server.databases.emmett),
    ];
    // The admin session (CHECKPOINT, CPU readings) sits in `postgres`, outside every contender's database.
    admin = new Client({ connectionString: withDatabase(server.databases.ours, 'postgres') });
    await admin.connect();
    const meter = new CpuMeter(admin, server.embedded);
    const facts = await serverFacts(server.databases.ours);
    log(`PostgreSQL ${facts.version}; ${Object.entries(facts.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);

    log('warm-up round (not counted)');
    await writeRound(contenders, { admin, meter, samples: emptySamples(), cpu: emptyCpuSamples() }, 0, {
      ...PLAN,
      seqAppends: 200,
      appendsPerWriter: 20,
      batches: 10,
    });

    const samples = emptySamples();
    const cpu = emptyCpuSamples();
    const bench: Bench = { admin, meter, samples, cpu };
    for (let round = 0; round < PLAN.rounds; round += 1) {
      log(`round ${round + 1}/${PLAN.rounds}: writes`);
      await writeRound(contenders, bench, round, PLAN);
    }
    const completeness: Record<string, { read: number; stored: number }> = {};
    for (let round = 0; round < PLAN.rounds; round += 1) {
      log(`round ${round + 1}/${PLAN.rounds}: catch-up`);
      for (const contender of rotate(contenders, round)) {
        const read = await measure(bench, 'catchup', contender, () => contender.catchUp(PLAN.catchUpBatch));
        completeness[contender.name] = { read, stored: await contender.stored() };
      }
    }
    for (const [name, { read, stored }] of Object.entries(completeness)) {
      log(`catch-up of ${name} read ${read} events of ${stored} stored${read === stored ? '' : ' (NOT the same)'}`);
    }

    const summary = summarise(samples, {
      version: facts.version,
      embedded: server.embedded,
    });
    const path = await writeReport({
      plan: PLAN,
      samples,
      cpu,
      summary,
      server: facts,
      embedded: server.embedded,
      machine: machineFacts(),
      eventSize: typicalEventSize(),
      completeness,
      startedAt,
      seconds: (Date.now() - startedAt.getTime()) / 1000,
    });
    log(`wrote ${path}`);
    await shutDown(contenders, admin, server);
    console.log(JSON.stringify(summary));
  } catch (error) {
    await shutDown(contenders, admin, server).catch(() => undefined);
    throw error;
  }
}

async function migrateOurs(url: string): Promise<void> {
  const dataSource = new DataSource(dataSourceOptions(url, PRODUCT_MIGRATIONS));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

interface Bench {
  readonly admin: Client;
  readonly meter: CpuMeter;
  readonly samples: Samples;
  readonly cpu: CpuSamples;
}

async function writeRound(contenders: readonly Contender[], bench: Bench, round: number, plan: BenchPlan): Promise<void> {
  for (const contender of rotate(contenders, round)) {
    const events = benchEvents(plan.seqAppends);
    await measure(bench, 'seq', contender, () => contender.sequential(events));
  }
  for (const contender of rotate(contenders, round + 1)) {
    const perWriter = Array.from({ length: plan.writers }, () => benchEvents(plan.appendsPerWriter));
    await measure(bench, 'writers10', contender, () => contender.writers(perWriter));
  }
  for (const contender of rotate(contenders, round + 2)) {
    const batches = Array.from({ length: plan.batches }, () => benchEvents(plan.batchSize));
    await measure(bench, 'batched', contender, () => contender.batched(batches));
  }
}

/** Times one run of one contender, records events/s and CPU per event, returns the events. */
async function measure(bench: Bench, workload: Workload, contender: Contender, work: () => Promise<number>): Promise<number> {
  await checkpoint(bench.admin);
  const stop = await bench.meter.start(contender.database);
  const result = await perSecond(work);
  const used = await stop();
  record(bench.samples, workload, contender.name, result.perSecond);
  const cpu = (bench.cpu[workload][contender.name] ??= { client: [], server: [] });
  cpu.client.push(used.client / result.events);
  cpu.server.push(used.server / result.events);
  const server = Number.isNaN(used.server) ? '' : ` server ${(used.server / result.events).toFixed(1).padStart(6)}`;
  log(
    `  ${workload.padEnd(9)} ${contender.name.padEnd(7)} ${String(result.events).padStart(7)} events ` +
      `${result.ms.toFixed(0).padStart(6)} ms ${result.perSecond.toFixed(0).padStart(8)} events/s; ` +
      `CPU us/event: client ${(used.client / result.events).toFixed(1).padStart(6)}${server}`,
  );
  return result.events;
}

let shutting = false;
async function shutDown(contenders: readonly Contender[], admin: Client | undefined, server: BenchServer): Promise<void> {
  if (shutting) return;
  shutting = true;
  for (const contender of contenders) await contender.close().catch(() => undefined);
  await admin?.end().catch(() => undefined);
  await server.release();
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error('[bench] failed:', error);
    process.exit(1);
  },
);
