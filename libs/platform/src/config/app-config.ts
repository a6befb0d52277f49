import { resolve } from 'node:path';
import { eventStoreSettingsFromEnv, type EventStoreSettings } from '@stafett/event-store';
import { DEFAULT_POOL_SIZE } from '../database/data-source.options';

export type RunMode = 'development' | 'production';

/** Everything the processes read from the environment, validated once at start-up. */
export interface AppConfig {
  readonly mode: RunMode;
  /** HTTP port (`PORT`, default 3000). */
  readonly port: number;
  /** Where the embedded PostgreSQL keeps its data (`DATA_DIR`, default ./data). */
  readonly dataDir: string;
  /** The application database, embedded or from `DATABASE_URL`. */
  readonly databaseUrl: string;
  readonly embeddedDatabase: boolean;
  /** Run the projections inside this process (`RUN_PROJECTIONS`, default true; false when a worker runs them). */
  readonly runProjections: boolean;
  readonly eventStore: EventStoreSettings;
  /** The most connections of the process's one PostgreSQL pool (`DATABASE_POOL_SIZE`, default 30). */
  readonly databasePoolSize: number;
  /** The organisation file applied at start-up (`ORGANISATION_CONFIG`); in development the demo file when unset. */
  readonly organisationConfigFile?: string;
}

export const APP_CONFIG = Symbol('APP_CONFIG');

export class ConfigurationError extends Error {
  override readonly name = 'ConfigurationError';
}

export function readPort(env: NodeJS.ProcessEnv): number {
  const port = Number(env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigurationError(`PORT must be a port number, not '${env.PORT}'`);
  return port;
}

export function readDataDir(env: NodeJS.ProcessEnv): string {
  return resolve(env.DATA_DIR ?? './data');
}

export function readBoolean(env: NodeJS.ProcessEnv, name: string, fallback: boolean): boolean {
  const value = env[name];
  if (value === undefined || value === '') return fallback;
  if (['true', '1', 'yes'].includes(value.toLowerCase())) return true;
  if (['false', '0', 'no'].includes(value.toLowerCase())) return false;
  throw new ConfigurationError(`${name} must be true or false, not '${value}'`);
}

function readPoolSize(env: NodeJS.ProcessEnv): number {
  const size = Number(env.DATABASE_POOL_SIZE ?? DEFAULT_POOL_SIZE);
  if (!Number.isInteger(size) || size < 2) throw new ConfigurationError(`DATABASE_POOL_SIZE must be a whole number of at least 2, not '${env.DATABASE_POOL_SIZE}'`);
  return size;
}

export function buildAppConfig(env: NodeJS.ProcessEnv, database: { url: string; embedded: boolean }): AppConfig {
  return {
    mode: env.NODE_ENV === 'production' ? 'production' : 'development',
    port: readPort(env),
    dataDir: readDataDir(env),
    databaseUrl: database.url,
    embeddedDatabase: database.embedded,
    runProjections: readBoolean(env, 'RUN_PROJECTIONS', true),
    eventStore: eventStoreSettingsFromEnv(env, database.url),
    databasePoolSize: readPoolSize(env),
    organisationConfigFile: env.ORGANISATION_CONFIG ? resolve(env.ORGANISATION_CONFIG) : undefined,
  };
}
