export * from './config/app-config';
export * from './database/create-database';
export * from './database/data-source.options';
export * from './database/free-port';
export * from './platform.module';
// open-database starts the ESM-only embedded server: entry points import it by path.
// exported for organisation, identity, auth (issue 12): HTTP problems, request values, logging.
export * from './http/problem.exception';
export * from './http/render-problem';
export * from './http/validation/request-guard';
export * from './http/validation/value.decorators';
export * from './http/idempotency/idempotency-key';
export * from './http/logging/logger.options';
export * from './http/logging/redaction';
export * from './http/logging/request-id';
