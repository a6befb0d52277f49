import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { Logger as PinoLogger } from 'nestjs-pino';
import { buildAppConfig, describeStartupFailure, openDatabase, stopOnSignals } from '@stafett/platform';
import { PRODUCT_MIGRATIONS } from '../../composition/src';
import { WorkerModule } from './worker.module';

async function main(): Promise<void> {
  const logger = new Logger('StafettWorker');
  const database = await openDatabase(process.env, (line) => logger.log(line), PRODUCT_MIGRATIONS);
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
