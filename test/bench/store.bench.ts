/**
 * `npm run bench:store`: our PostgreSQL event store against the plain-INSERT ceiling and Emmett's
 * PostgreSQL store, on one server, interleaved in rounds. Prints progress, writes
 * docs/benchmarks.md, and ends with one JSON line. Not a test: nothing here asserts.
 */
import { Client } from 'pg';
import { DataSource } from 'typeorm';
import { dataSourceOptions } from '../../libs/platform/src/database/data-source.options';
import { benchEvents, typicalEventSize } from './bench-events';
import { checkpoint, openBenchServer, serverFacts, type BenchServer } from './bench-server';
import { emptySamples, perSecond, record, rotate, type Samples, type Workload } from './bench-stats';
import { ceilingContender, emmettContender, oursContender, POOL_SIZE, type Contender } from './contenders';
import { machineFacts, summarise, writeReport, type BenchPlan } from './bench-report';

const env = (name: string, fallback: number): number => Number(process.env[name] ?? fallback);

const PLAN: BenchPlan = {
  rounds: env('BENCH_ROUNDS', 5),
  seqAppends: env('BENCH_SEQ_APPENDS', 2000),
  writers: 10,
  appendsPerWriter: env('BENCH_WRITER_APPENDS', 300),
  batches: 100,
  batchSize: 100,
  catchUpBatch: env('BENCH_CATCHUP_BATCH', 5000),
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
    admin = new Client({ connectionString: server.databases.ceiling });
    await admin.connect();
    const facts = await serverFacts(server.databases.ours);
    log(`PostgreSQL ${facts.version}; ${Object.entries(facts.settings).map(([k, v]) => `${k}=${v}`).join(', ')}`);

    log('warm-up round (not counted)');
    await writeRound(contenders, admin, emptySamples(), 0, {
      ...PLAN,
      seqAppends: 200,
      appendsPerWriter: 20,
      batches: 10,
    });

    const samples = emptySamples();
    for (let round = 0; round < PLAN.rounds; round += 1) {
      log(`round ${round + 1}/${PLAN.rounds}: writes`);
      await writeRound(contenders, admin, samples, round, PLAN);
    }
    for (let round = 0; round < PLAN.rounds; round += 1) {
      log(`round ${round + 1}/${PLAN.rounds}: catch-up`);
      for (const contender of rotate(contenders, round)) {
        await measure(samples, 'catchup', contender, admin, () => contender.catchUp(PLAN.catchUpBatch));
      }
    }

    const summary = summarise(samples, {
      version: facts.version,
      embedded: server.embedded,
    });
    const path = await writeReport({
      plan: PLAN,
      samples,
      summary,
      server: facts,
      embedded: server.embedded,
      machine: machineFacts(),
      eventSize: typicalEventSize(),
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
  const dataSource = new DataSource(dataSourceOptions(url));
  await dataSource.initialize();
  try {
    await dataSource.runMigrations();
  } finally {
    await dataSource.destroy();
  }
}

async function writeRound(
  contenders: readonly Contender[],
  admin: Client,
  samples: Samples,
  round: number,
  plan: BenchPlan,
): Promise<void> {
  for (const contender of rotate(contenders, round)) {
    const events = benchEvents(plan.seqAppends);
    await measure(samples, 'seq', contender, admin, () => contender.sequential(events));
  }
  for (const contender of rotate(contenders, round + 1)) {
    const perWriter = Array.from({ length: plan.writers }, () => benchEvents(plan.appendsPerWriter));
    await measure(samples, 'writers10', contender, admin, () => contender.writers(perWriter));
  }
  for (const contender of rotate(contenders, round + 2)) {
    const batches = Array.from({ length: plan.batches }, () => benchEvents(plan.batchSize));
    await measure(samples, 'batched', contender, admin, () => contender.batched(batches));
  }
}

async function measure(
  samples: Samples,
  workload: Workload,
  contender: Contender,
  admin: Client,
  work: () => Promise<number>,
): Promise<void> {
  await checkpoint(admin);
  const result = await perSecond(work);
  record(samples, workload, contender.name, result.perSecond);
  log(
    `  ${workload.padEnd(9)} ${contender.name.padEnd(7)} ${String(result.events).padStart(7)} events ` +
      `${result.ms.toFixed(0).padStart(6)} ms ${result.perSecond.toFixed(0).padStart(8)} events/s`,
  );
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
