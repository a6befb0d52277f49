export * from './config/app-config';
export * from './database/create-database';
export * from './database/data-source.options';
export * from './database/free-port';
export * from './platform.module';
// open-database starts the ESM-only embedded server: entry points import it by path.
