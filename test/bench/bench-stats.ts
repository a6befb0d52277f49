export type Workload = 'seq' | 'writers10' | 'batched' | 'catchup';

export const WORKLOADS: readonly Workload[] = ['seq', 'writers10', 'batched', 'catchup'];

/** Events per second of each round, per workload and contender. */
export type Samples = Record<Workload, Record<string, number[]>>;

/** CPU microseconds per event of each round: the client (this process) and the server backends. */
export type CpuSamples = Record<Workload, Record<string, { client: number[]; server: number[] }>>;

export function emptySamples(): Samples {
  return { seq: {}, writers10: {}, batched: {}, catchup: {} };
}

export function emptyCpuSamples(): CpuSamples {
  return { seq: {}, writers10: {}, batched: {}, catchup: {} };
}

export function record(samples: Samples, workload: Workload, contender: string, perSecond: number): void {
  (samples[workload][contender] ??= []).push(perSecond);
}

export function median(values: readonly number[]): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}

export const round0 = (value: number): number => Math.round(value);
export const round2 = (value: number): number => Math.round(value * 100) / 100;

/** Runs `work` and returns events per second. */
export async function perSecond(work: () => Promise<number>): Promise<{ events: number; perSecond: number; ms: number }> {
  const started = process.hrtime.bigint();
  const events = await work();
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  return { events, perSecond: events / (ms / 1000), ms };
}

/** Contenders in a different order each round, so that nobody always runs first or last. */
export function rotate<T>(items: readonly T[], by: number): T[] {
  const shift = by % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}
