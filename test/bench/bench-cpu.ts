import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import type { Client } from 'pg';

export interface CpuUse {
  /** CPU time of this Node.js process (the store's client side), microseconds. */
  readonly client: number;
  /** CPU time of the server backends connected to the contender's database, microseconds; NaN when unknown. */
  readonly server: number;
}

/**
 * Where the time of a measurement went. The client side is `process.cpuUsage()`; the server side is
 * read from /proc for every backend of the contender's database, which works only when the server
 * runs on this machine (the embedded one). Resolution: one clock tick (usually 10 ms).
 */
export class CpuMeter {
  private readonly tickMicros: number;

  constructor(
    private readonly admin: Client,
    private readonly serverIsLocal: boolean,
  ) {
    let ticks = 100;
    try {
      ticks = Number(execFileSync('getconf', ['CLK_TCK']).toString().trim()) || 100;
    } catch {
      // keep the Linux default
    }
    this.tickMicros = 1e6 / ticks;
  }

  /** Starts measuring; the returned function stops and returns the CPU used meanwhile. */
  async start(database: string): Promise<() => Promise<CpuUse>> {
    const before = await this.backendTimes(database);
    const clientBefore = process.cpuUsage();
    return async () => {
      const clientUsed = process.cpuUsage(clientBefore);
      const after = await this.backendTimes(database);
      let server = NaN;
      if (after) {
        server = 0;
        // A backend that appeared meanwhile (the pool grew) counts from zero.
        for (const [pid, time] of after) server += time - (before?.get(pid) ?? 0);
      }
      return { client: clientUsed.user + clientUsed.system, server };
    };
  }

  private async backendTimes(database: string): Promise<Map<number, number> | undefined> {
    if (!this.serverIsLocal) return undefined;
    const { rows } = await this.admin.query<{ pid: number }>('SELECT pid FROM pg_stat_activity WHERE datname = $1', [database]);
    const times = new Map<number, number>();
    for (const { pid } of rows) {
      try {
        const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
        times.set(pid, (Number(fields[11]) + Number(fields[12])) * this.tickMicros); // utime + stime
      } catch {
        return undefined; // not on this machine after all, or no access
      }
    }
    return times;
  }
}
