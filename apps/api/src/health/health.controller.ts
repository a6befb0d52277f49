import { Controller, Get, Res, ServiceUnavailableException } from '@nestjs/common';
import { HealthCheck, HealthCheckService, HealthIndicatorService, TypeOrmHealthIndicator } from '@nestjs/terminus';
import { DataSource } from 'typeorm';
import { Public } from '@stafett/auth';
import { ProjectionStatusService } from '@stafett/projections';

/**
 * A projection further behind than this many events, failing, or with parked events makes the service
 * `degraded` (still 200: every instance shares the database, so taking one out of service helps no one).
 */
const LAG_DEGRADED = 10_000;
/** When a load balancer should ask again after "not ready". */
const RETRY_AFTER_SECONDS = 5;

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

  /** Ready to serve: database reachable, every migration applied; each projection's lag and parked events reported. */
  @Get('ready')
  @HealthCheck()
  async ready(@Res({ passthrough: true }) response: { status(code: number): unknown; setHeader(name: string, value: string): unknown }) {
    try {
      return await this.checkReadiness();
    } catch (error) {
      // Monitors read terminus's own body (which checks failed); it is not an error to report as a problem.
      if (!(error instanceof ServiceUnavailableException)) throw error;
      response.status(503);
      response.setHeader('Retry-After', String(RETRY_AFTER_SECONDS));
      return error.getResponse();
    }
  }

  private checkReadiness() {
    return this.health.check([
      () => this.database.pingCheck('database').withTimeout(1500),
      async () => {
        const session = this.indicators.check('migrations');
        try {
          const pending = await this.dataSource.showMigrations();
          return pending ? session.down({ message: 'migrations pending' }) : session.up();
        } catch (error) {
          return session.down({ message: unreachable(error) });
        }
      },
      async () => {
        const session = this.indicators.check('projections');
        try {
          const statuses = await this.projections.statuses();
          const details = Object.fromEntries(
            statuses.map((s) => [s.name, { lag: s.lag, active: s.active, lastError: s.lastError, parked: s.parked, held: s.held }]),
          );
          const impaired = statuses.some((s) => s.lag > LAG_DEGRADED || s.lastError !== null || s.parked > 0 || s.held > 0);
          return impaired ? session.degraded(details) : session.up(details);
        } catch (error) {
          return session.down({ message: unreachable(error) });
        }
      },
    ]);
  }
}

/** A failing check answers 503 "down", never a 500; only the error's class is reported. */
function unreachable(error: unknown): string {
  return `unavailable (${error instanceof Error ? error.name : 'error'})`;
}
