import { Inject, Injectable } from '@nestjs/common';
import { PROJECTIONS, type Projection } from '../runtime/projection';

/** A name an operator gave that no projection has. */
export class UnknownProjectionError extends Error {
  override readonly name = 'UnknownProjectionError';

  constructor(
    readonly projection: string,
    readonly known: readonly string[],
  ) {
    super(`Unknown projection '${projection}'. Known: ${known.join(', ')}`);
  }
}

/** The projections of this process (the composition root's list), by name. */
@Injectable()
export class ProjectionCatalogue {
  constructor(@Inject(PROJECTIONS) readonly all: readonly Projection[]) {}

  named(name: string): Projection {
    const projection = this.all.find((p) => p.name === name);
    if (!projection) throw new UnknownProjectionError(name, this.names());
    return projection;
  }

  names(): string[] {
    return this.all.map((p) => p.name);
  }
}
