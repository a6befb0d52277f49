import { Controller, Get } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '@stafett/auth';
import { ProjectionStatusService } from '@stafett/projections';

/** A projection further behind than this many events makes the service `degraded` (still 200). */
const LAG_DEGRADED = 10_000;

/** Public: load balancers and orchestrators ask without a token; nothing here names a person. */
@Controller('health')
@Public()
export class HealthController {
  constructor(
    private readonly health: HealthCheckService,
    private readonly indicators: HealthIndicatorService,
    private readonly database: TypeOrmHealthIndicator,
    private readonly dataSource: DataSource,
    private readonly projections: ProjectionStatusService,
  ) {}

  /** The process is up and serving HTTP. */
  @Get('live')
  @HealthCheck()
  live() {
    return this.health.check([]);
  }

  /** Ready to serve: database reachable, every migration applied; each projection's lag reported. */
  @Get('ready')
  @HealthCheck()
  ready() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(1500),
      async () => {
        const session = this.indicators.check('migrations');
        const pending = await this.dataSource.showMigrations();
        return pending ? session.down({ message: 'migrations pending' }) : session.up();
      },
      async () => {
        const session = this.indicators.check('projections');
        const statuses = await this.projections.statuses();
        const details = Object.fromEntries(statuses.map((s) => [s.name, { lag: s.lag, active: s.active, lastError: s.lastError }]));
        const impaired = statuses.some((s) => s.lag > LAG_DEGRADED || s.lastError !== null);
        return impaired ? session.degraded(details) : session.up(details);
      },
    ]);
  }
}
