// The public API of @stafett/identity. Test helpers (fast-check arbitraries, the in-memory key
// store) live under `national-id/testing` and `personal-data/testing` and are not exported here.
export * from './national-id';
export * from './personal-data';

// Key configuration from the environment (production requires it; development generates keys
// under DATA_DIR) and the Nest module that provides the vault and the hasher.
export { loadPersonalDataKeysFromEnv, PERSONAL_DATA_ENV, DEV_KEYS_DIRECTORY } from './personal-data/personal-data-keys.env';
export type { KeySource, LoadedPersonalDataKeys, PersonalDataKeysEnvOptions } from './personal-data/personal-data-keys.env';
export { PersonalDataModule } from './personal-data/personal-data.module';
export type { PersonalDataModuleOptions } from './personal-data/personal-data.module';

// Streams holding personal data: one encrypting store for every context.
export * from './sealed-streams/encrypting-event-stream';

// exported for the HTTP edge (moved from libs/platform, which imports no context)
export { IsNationalId } from './national-id/is-national-id.decorator';
