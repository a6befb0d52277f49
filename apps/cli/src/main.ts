import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { CommandBus, QueryBus } from '@nestjs/cqrs';
import { buildAppConfig, describeStartupFailure, openDatabase } from '@stafett/platform';
import { PRODUCT_MIGRATIONS } from '../../composition/src';
import { CliModule } from './cli.module';
import type { CliCommand } from './cli-command';
import { COMMANDS } from './commands';

function find(args: readonly string[]): { command: CliCommand; rest: readonly string[] } | undefined {
  for (const command of COMMANDS) {
    if (command.words.every((word, i) => args[i] === word)) return { command, rest: args.slice(command.words.length) };
  }
  return undefined;
}

function usage(): string {
  return ['Usage: npm run cli -- <command>', ...COMMANDS.map((c) => `  ${c.usage.padEnd(40)} ${c.summary}`)].join('\n');
}

async function main(args: readonly string[]): Promise<number> {
  const found = find(args);
  if (!found) {
    console.log(usage());
    return args.length === 0 || args[0] === 'help' ? 0 : 2;
  }
  const print = (line: string) => console.log(line);
  const { command, rest } = found;
  if (command.offline) return command.run(rest, { env: process.env, print });
  // Reuses the API's embedded server when one runs for this DATA_DIR; otherwise starts one, stopped at
  // the end (or by its watchdog when this process is killed).
  const database = await openDatabase(process.env, (line) => console.error(line), PRODUCT_MIGRATIONS);
  try {
    const app = await NestFactory.createApplicationContext(CliModule.forRoot(buildAppConfig(process.env, database)), { logger: ['error', 'warn'] });
    try {
      return await command.run(rest, { env: process.env, print, commands: app.get(CommandBus), queries: app.get(QueryBus) });
    } finally {
      await app.close();
    }
  } finally {
    await database.close();
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(describeStartupFailure(error));
    process.exit(1);
  },
);
