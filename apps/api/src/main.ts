import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { buildAppConfig, describeStartupFailure, listenFailure, openDatabase, stopOnSignals } from '@stafett/platform';
import { PRODUCT_MIGRATIONS } from '../../composition/src';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const logger = new Logger('Stafett');
  const database = await openDatabase(process.env, (line) => logger.log(line), PRODUCT_MIGRATIONS);
  try {
    const config = buildAppConfig(process.env, database);
    const app = await createApp(config, process.env);
    stopOnSignals(logger, [() => app.close(), () => database.close()]);
    await app.listen(config.port).catch((error: unknown) => {
      throw listenFailure(error, config.port);
    });
    logger.log(`Stafett API listening on http://localhost:${config.port} (${config.mode}, projections ${config.runProjections ? 'on' : 'off'})`);
  } catch (error) {
    // The embedded server this process started is stopped before the process ends.
    await database.close().catch(() => undefined);
    throw error;
  }
}

main().catch((error: unknown) => {
  // Start-up errors are about configuration and infrastructure, not personal data.
  console.error(describeStartupFailure(error));
  process.exit(1);
});
