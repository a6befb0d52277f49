import { Module } from '@nestjs/common';
import { TerminusModule } from '@nestjs/terminus';
import { ProjectionsModule } from '@stafett/projections';
import { HealthController } from './health.controller';

@Module({
  imports: [TerminusModule.forRoot({ errorLogStyle: 'json' }), ProjectionsModule],
  controllers: [HealthController],
})
export class HealthModule {}
