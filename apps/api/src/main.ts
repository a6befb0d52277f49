import 'reflect-metadata';
import { Logger } from '@nestjs/common';
import { buildAppConfig } from '@stafett/platform';
import { openDatabase } from '@stafett/platform/database/open-database';
import { stopOnSignals } from '@stafett/platform/process/stop-on-signals';
import { createApp } from './create-app';

async function main(): Promise<void> {
  const logger = new Logger('Stafett');
  const database = await openDatabase(process.env, (line) => logger.log(line));
  const config = buildAppConfig(process.env, database);
  const app = await createApp(config, process.env);
  stopOnSignals(logger, [() => app.close(), () => database.close()]);
  await app.listen(config.port);
  logger.log(`Stafett API listening on http://localhost:${config.port} (${config.mode}, projections ${config.runProjections ? 'on' : 'off'})`);
}

main().catch((error: unknown) => {
  // Start-up errors are about configuration and infrastructure, not personal data.
  console.error(error instanceof Error ? `${error.name}: ${error.message}` : error);
  process.exit(1);
});
