/** What every operator command gets: the resolved database and a way to talk to the operator. */
export interface CliContext {
  /** PostgreSQL (embedded or DATABASE_URL), already created and migrated; empty for commands without a database. */
  readonly databaseUrl: string;
  readonly env: NodeJS.ProcessEnv;
  print(line: string): void;
}

/** One operator command, e.g. `npm run cli -- projections rebuild stream-catalogue`. */
export interface CliCommand {
  /** The words that select it, e.g. ['projections', 'rebuild']. */
  readonly words: readonly string[];
  readonly usage: string;
  readonly summary: string;
  /** False for commands that never touch the database (they then start no server). */
  readonly needsDatabase?: boolean;
  /** Returns the process exit code. */
  run(args: readonly string[], context: CliContext): Promise<number>;
}
