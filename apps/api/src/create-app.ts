import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { applyHttpHardening, httpHardeningSettingsFromEnv } from '@stafett/auth';
import type { AppConfig } from '@stafett/platform';
import { AppModule, type AppModuleOptions } from './app.module';

/** Builds the HTTP application; shared by main.ts and the end-to-end tests. */
export async function createApp(config: AppConfig, env: NodeJS.ProcessEnv, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, env, options), { bufferLogs: true });
  applyHttpHardening(app, httpHardeningSettingsFromEnv(env));
  return app;
}
