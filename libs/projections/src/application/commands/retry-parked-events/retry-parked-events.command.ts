import { Command } from '@nestjs/cqrs';
import type { RetryReport } from '../../../parking/retry-parked';

/** After a fix: apply a projection's parked events again, each stream's in its order (see retryParked). */
export class RetryParkedEventsCommand extends Command<RetryReport> {
  constructor(readonly projection: string) {
    super();
  }
}
