import { allProjections, type Projection } from '@stafett/projections';
import type { CliContext } from '../cli-command';

/** The projection an operator named, or undefined after telling which names exist. */
export function findProjection(name: string | undefined, context: CliContext): Projection | undefined {
  const projection = allProjections().find((p) => p.name === name);
  if (!projection) context.print(`Unknown projection '${name ?? ''}'. Known: ${allProjections().map((p) => p.name).join(', ')}`);
  return projection;
}
