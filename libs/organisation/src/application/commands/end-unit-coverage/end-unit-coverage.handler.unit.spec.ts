import { NoOpenCoverageError } from '../../../domain/organisation.refusals';
import { admin, helsestasjon, organisationWorld, skaun } from '../../../testing/organisation-world';
import { EndUnitCoverageCommand } from './end-unit-coverage.command';
import { EndUnitCoverageHandler } from './end-unit-coverage.handler';

describe('EndUnitCoverageHandler', () => {
  it('appends UnitCoverageEnded for the open period', async () => {
    const { runner, given, stream } = organisationWorld();
    await given(skaun, helsestasjon, { type: 'StartUnitCoverage', unitId: 'hs', kommunenummer: '5029', validFrom: '2025-01-01' });
    const input = { unitId: 'hs', kommunenummer: '5029', validTo: '2026-07-01' };

    expect(await new EndUnitCoverageHandler(runner).execute(new EndUnitCoverageCommand(input, admin))).toEqual({ events: ['UnitCoverageEnded'] });
    expect((await stream()).at(-1)?.data).toEqual({ ...input, validFrom: '2025-01-01' });
  });

  it('refuses when the unit has no open period for the municipality', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun, helsestasjon);

    await expect(new EndUnitCoverageHandler(runner).execute(new EndUnitCoverageCommand({ unitId: 'hs', kommunenummer: '5029', validTo: '2026-07-01' }, admin))).rejects.toThrow(NoOpenCoverageError);
  });
});
