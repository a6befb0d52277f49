import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { DEMO_ORGANISATION_CONFIG_PATH, loadOrganisationConfig, OrganisationConfigError } from './organisation-config.loader';

describe('loadOrganisationConfig', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'stafett-org-config-'));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('loads the demo organisation', async () => {
    const config = await loadOrganisationConfig(DEMO_ORGANISATION_CONFIG_PATH);
    expect(config.municipalities.map((m) => m.kommunenummer)).toEqual(['5028', '5029']);
  });

  it('reports a file that is not JSON', async () => {
    const file = join(dir, 'broken.json');
    await writeFile(file, '{ "version": 1, ');
    await expect(loadOrganisationConfig(file)).rejects.toThrow(OrganisationConfigError);
  });

  it('reports every problem of an invalid file in the message', async () => {
    const file = join(dir, 'invalid.json');
    await writeFile(file, JSON.stringify({ version: 1, municipalities: [{ kommunenummer: '1', name: 'X' }], units: {}, practitioners: [] }));
    const error = await loadOrganisationConfig(file).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(OrganisationConfigError);
    expect((error as Error).message).toContain('municipalities[0].kommunenummer: kommunenummer must be 4 digits');
    expect((error as Error).message).toContain('units: must be a list');
  });
});
