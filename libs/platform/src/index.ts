export * from './config/app-config';
export * from './database/create-database';
export * from './database/data-source.options';
export * from './database/free-port';
export * from './platform.module';
// open-database starts the ESM-only embedded server: entry points import it by path.
// exported for child-welfare
export { textProblem } from './values/text';
export { problem } from './http/problem.exception';
export { ajvProblem } from './http/validation/messages';
export { IsDateTimeWithZone, IsText, IsUuidId, MayOmit } from './http/validation/value.decorators';
