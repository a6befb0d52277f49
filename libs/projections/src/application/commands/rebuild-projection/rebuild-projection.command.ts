import { Command } from '@nestjs/cqrs';
import type { RebuildOptions, RebuildReport } from '../../../runtime/projection-rebuild';

/** Rebuild a projection beside its live tables and switch atomically (see rebuildBeside). */
export class RebuildProjectionCommand extends Command<RebuildReport> {
  constructor(
    readonly projection: string,
    readonly options: Pick<RebuildOptions, 'acceptNewParked' | 'onProgress'> = {},
  ) {
    super();
  }
}
