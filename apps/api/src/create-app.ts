import { NestFactory } from '@nestjs/core';
import type { NestExpressApplication } from '@nestjs/platform-express';
import type { AppConfig } from '@stafett/platform';
import { AppModule } from './app.module';

/** Builds the HTTP application; shared by main.ts and the end-to-end tests. */
export async function createApp(config: AppConfig): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config), { bufferLogs: false });
  app.useBodyParser('json', { limit: '256kb' });
  return app;
}
