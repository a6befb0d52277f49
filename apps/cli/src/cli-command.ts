import type { CommandBus, QueryBus } from '@nestjs/cqrs';

/** What every operator command gets: its environment and a way to talk to the operator. */
export interface OfflineContext {
  readonly env: NodeJS.ProcessEnv;
  print(line: string): void;
}

/** A command with the database: the buses of the product's core (composition root), on the migrated database. */
export interface CliContext extends OfflineContext {
  readonly commands: CommandBus;
  readonly queries: QueryBus;
}

interface Described {
  /** The words that select it, e.g. ['projections', 'rebuild']. */
  readonly words: readonly string[];
  readonly usage: string;
  readonly summary: string;
}

/**
 * One operator command, e.g. `npm run cli -- projections rebuild stream-catalogue`. It builds a
 * command or query and puts it on the bus; `run` returns the process exit code.
 */
export type CliCommand =
  | (Described & { readonly offline?: false; run(args: readonly string[], context: CliContext): Promise<number> })
  /** Never touches the database (it then starts no server). */
  | (Described & { readonly offline: true; run(args: readonly string[], context: OfflineContext): Promise<number> });
