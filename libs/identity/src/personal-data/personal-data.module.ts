import { Logger, Module, type DynamicModule } from '@nestjs/common';
import { pgPoolOf } from '@stafett/event-store';
import { DataSource } from 'typeorm';
import { NationalIdHasher, RequestFingerprinter } from './lookup-hash';
import { loadPersonalDataKeysFromEnv, type LoadedPersonalDataKeys } from './personal-data-keys.env';
import { PersonalDataVault } from './personal-data-vault';
import { PostgresChildKeyStore } from './postgres-child-key-store';

export interface PersonalDataModuleOptions {
  /** The process environment: `PERSONAL_DATA_*` variables (see personal-data-keys.env.ts). */
  readonly env: Readonly<Record<string, string | undefined>>;
  /** `production` requires configured keys; otherwise missing keys are generated under dataDir. */
  readonly mode: 'production' | 'development';
  readonly dataDir: string;
}

const PERSONAL_DATA_KEYS = Symbol('PERSONAL_DATA_KEYS');

/**
 * Envelope encryption for children's personal data: the {@link PersonalDataVault} (data keys per
 * child in `child_keys`, wrapped by the configured master key) and the {@link NationalIdHasher}
 * (keyed look-up hashes). Global, like the event store: every context that stores a child's
 * personal data uses the same keys. Start-up fails when the keys are missing in production.
 */
@Module({})
export class PersonalDataModule {
  static forRoot(options: PersonalDataModuleOptions): DynamicModule {
    return {
      module: PersonalDataModule,
      global: true,
      providers: [
        {
          provide: PERSONAL_DATA_KEYS,
          useFactory: async (): Promise<LoadedPersonalDataKeys> => {
            const loaded = await loadPersonalDataKeysFromEnv(options.env, { mode: options.mode, dataDir: options.dataDir });
            const { masterKey, lookupKey } = loaded.source;
            // Where the keys came from, never the keys: a generated key lives only in DATA_DIR.
            new Logger(PersonalDataModule.name).log(
              `personal-data keys: master key v${loaded.keys.keyring.currentVersion} from ${masterKey}, lookup key from ${lookupKey}`,
            );
            return loaded;
          },
        },
        {
          provide: PersonalDataVault,
          // `child_keys` is read on the process's one pool (TypeORM's; docs/architecture.md, "TypeORM's role").
          inject: [DataSource, PERSONAL_DATA_KEYS],
          useFactory: (dataSource: DataSource, loaded: LoadedPersonalDataKeys) =>
            new PersonalDataVault(new PostgresChildKeyStore(pgPoolOf(dataSource)), loaded.keys.keyring),
        },
        {
          provide: NationalIdHasher,
          inject: [PERSONAL_DATA_KEYS],
          useFactory: (loaded: LoadedPersonalDataKeys) => loaded.keys.hasher,
        },
        {
          provide: RequestFingerprinter,
          inject: [PERSONAL_DATA_KEYS],
          useFactory: (loaded: LoadedPersonalDataKeys) => loaded.keys.fingerprinter,
        },
      ],
      exports: [PersonalDataVault, NationalIdHasher, RequestFingerprinter],
    };
  }
}
