import { resolve } from 'node:path';
import { Logger } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import { DocumentBuilder, SwaggerModule } from '@nestjs/swagger';
import type { NestExpressApplication } from '@nestjs/platform-express';
import { applyHttpHardening, httpHardeningSettingsFromEnv } from '@stafett/auth';
import type { AppConfig } from '@stafett/platform';
import { AppModule, type AppModuleOptions } from './app.module';
import { mountDevOidcProvider } from './dev-oidc-provider/mount-dev-oidc-provider';
import { serveWebFront } from './web/serve-web-front';

/** Builds the HTTP application; shared by main.ts and the end-to-end tests. */
export async function createApp(config: AppConfig, env: NodeJS.ProcessEnv, options: AppModuleOptions = {}): Promise<NestExpressApplication> {
  const app = await NestFactory.create<NestExpressApplication>(AppModule.forRoot(config, env, options), { bufferLogs: true });
  applyHttpHardening(app, httpHardeningSettingsFromEnv(env));
  // Both before the API's routes are registered (at init): the provider owns /oidc, the web front
  // every page path outside the service's roots.
  mountDevOidcProvider(app);
  serveWebFront(app, resolve(env.WEB_ROOT ?? 'dist/web'), (line) => new Logger('WebFront').log(line));
  // The API description is public: it names routes and fields, never data.
  const document = SwaggerModule.createDocument(
    app,
    new DocumentBuilder()
      .setTitle('Stafett API')
      .setDescription('Coordinated BTI effort around one child. Errors are RFC 9457 problem+json; writes accept Idempotency-Key.')
      .setVersion('1')
      .addBearerAuth()
      .build(),
  );
  SwaggerModule.setup('api/docs', app, document, { jsonDocumentUrl: 'api/docs-json' });
  return app;
}
