import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { buildAppConfig } from '@stafett/platform';
import { openDatabase } from '@stafett/platform/database/open-database';
import { describeStartupFailure } from '@stafett/platform/process/startup-error';
import { stopOnSignals } from '@stafett/platform/process/stop-on-signals';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const logger = new Logger('StafettWorker');
  const database = await openDatabase(process.env, (line) => logger.log(line));
  try {
    // The worker exists to run projections, whatever RUN_PROJECTIONS says for the API.
    const config = { ...buildAppConfig(process.env, database), runProjections: true };
    const app = await NestFactory.createApplicationContext(WorkerModule.forRoot(config, process.env), { bufferLogs: true });
    app.useLogger(app.get(PinoLogger));
    stopOnSignals(logger, [() => app.close(), () => database.close()]);
    await app.init();
    logger.log('Stafett worker running projections');
  } catch (error) {
    await database.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  console.error(describeStartupFailure(error));
  process.exit(1);
});
