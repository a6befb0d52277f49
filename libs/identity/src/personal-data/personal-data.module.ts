import { Inject, Logger, Module, type DynamicModule, type OnApplicationShutdown } from '@nestjs/common';
import { Pool } from 'pg';
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
  /** The PostgreSQL database holding `child_keys` (the application database). */
  readonly databaseUrl: string;
}

const PERSONAL_DATA_KEYS = Symbol('PERSONAL_DATA_KEYS');
const PERSONAL_DATA_POOL = Symbol('PERSONAL_DATA_POOL');

/** Key look-ups are short single-row queries; a few connections are plenty. */
const POOL_SIZE = 4;

class PersonalDataPoolLifecycle implements OnApplicationShutdown {
  constructor(@Inject(PERSONAL_DATA_POOL) private readonly pool: Pool) {}

  async onApplicationShutdown(): Promise<void> {
    await this.pool.end();
  }
}

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
          provide: PERSONAL_DATA_POOL,
          useFactory: () => {
            const pool = new Pool({ connectionString: options.databaseUrl, max: POOL_SIZE, application_name: 'stafett-personal-data' });
            // An idle connection dropped by the server must not crash the process; the pool replaces it.
            pool.on('error', () => undefined);
            return pool;
          },
        },
        {
          provide: PersonalDataVault,
          inject: [PERSONAL_DATA_POOL, PERSONAL_DATA_KEYS],
          useFactory: (pool: Pool, loaded: LoadedPersonalDataKeys) => new PersonalDataVault(new PostgresChildKeyStore(pool), loaded.keys.keyring),
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
        PersonalDataPoolLifecycle,
      ],
      exports: [PersonalDataVault, NationalIdHasher, RequestFingerprinter],
    };
  }
}
