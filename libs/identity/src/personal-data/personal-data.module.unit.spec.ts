import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Global, Module } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { Pool } from 'pg';
import { DataSource } from 'typeorm';
import { NationalIdHasher } from './lookup-hash';
import { PersonalDataVault } from './personal-data-vault';
import { PersonalDataModule } from './personal-data.module';

// No query is made: the pool connects lazily, so an unreachable URL is fine here. In the app the pool
// is the DataSource's (TypeORM's); this stands in for an initialised one.
const databaseUrl = 'postgres://nobody@127.0.0.1:1/none';
const dataSource = { isInitialized: true, options: { type: 'postgres' }, driver: { master: new Pool({ connectionString: databaseUrl }) } };

@Global()
@Module({ providers: [{ provide: DataSource, useValue: dataSource }], exports: [DataSource] })
class TheProcessDatabase {}

describe('PersonalDataModule', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'stafett-pd-module-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  describe('when production has no keys configured', () => {
    it('refuses to start, naming the missing variables', async () => {
      const compiling = Test.createTestingModule({
        imports: [TheProcessDatabase, PersonalDataModule.forRoot({ env: {}, mode: 'production', dataDir })],
      }).compile();
      await expect(compiling).rejects.toThrow(/requires PERSONAL_DATA_MASTER_KEY and PERSONAL_DATA_LOOKUP_KEY/);
    });
  });

  describe('when development starts without keys', () => {
    it('provides the vault and the hasher, with keys kept in DATA_DIR across restarts', async () => {
      const start = async () => {
        const moduleRef = await Test.createTestingModule({
          imports: [TheProcessDatabase, PersonalDataModule.forRoot({ env: {}, mode: 'development', dataDir })],
        }).compile();
        const app = moduleRef.createNestApplication({ logger: false });
        await app.init();
        return app;
      };
      const first = await start();
      expect(first.get(PersonalDataVault)).toBeInstanceOf(PersonalDataVault);
      const hash = first.get(NationalIdHasher).hash('01019012480');
      await first.close();
      const second = await start();
      expect(second.get(NationalIdHasher).hash('01019012480')).toBe(hash);
      await second.close();
    });
  });
});
