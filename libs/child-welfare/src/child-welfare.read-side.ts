import type { ReadSide } from '@stafett/projections';
import { CreateReportClock1732000000800 } from './read-models/migrations/1732000000800-create-report-clock';
import { ReportClockProjection } from './read-models/report-clock/report-clock.projection';

/** Child welfare's read model (the statutory report clock) and its table. */
export const childWelfareReadSide: ReadSide = {
  projections: [new ReportClockProjection()],
  migrations: [CreateReportClock1732000000800],
};
