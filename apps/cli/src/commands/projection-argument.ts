import { ProjectionNamesQuery } from '@stafett/projections';
import type { CliContext } from '../cli-command';

/** The projection an operator named, or undefined after telling which names exist. */
export async function findProjection(name: string | undefined, context: CliContext): Promise<string | undefined> {
  const known = await context.queries.execute(new ProjectionNamesQuery());
  if (name !== undefined && known.includes(name)) return name;
  context.print(`Unknown projection '${name ?? ''}'. Known: ${known.join(', ')}`);
  return undefined;
}
