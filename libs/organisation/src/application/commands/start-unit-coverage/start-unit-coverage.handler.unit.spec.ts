import { CoverageOverlapError } from '../../../domain/organisation.refusals';
import { admin, helsestasjon, organisationWorld, skaun } from '../../../testing/organisation-world';
import { StartUnitCoverageCommand } from './start-unit-coverage.command';
import { StartUnitCoverageHandler } from './start-unit-coverage.handler';

describe('StartUnitCoverageHandler', () => {
  it('appends UnitCoverageStarted', async () => {
    const { runner, given, stream } = organisationWorld();
    await given(skaun, helsestasjon);
    const input = { unitId: 'hs', kommunenummer: '5029', validFrom: '2026-01-01' };

    expect(await new StartUnitCoverageHandler(runner).execute(new StartUnitCoverageCommand(input, admin))).toEqual({ events: ['UnitCoverageStarted'] });
    expect((await stream()).at(-1)?.data).toEqual(input);
  });

  it('refuses a period overlapping one the unit has already', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun, helsestasjon, { type: 'StartUnitCoverage', unitId: 'hs', kommunenummer: '5029', validFrom: '2025-01-01' });
    const input = { unitId: 'hs', kommunenummer: '5029', validFrom: '2026-01-01' };

    await expect(new StartUnitCoverageHandler(runner).execute(new StartUnitCoverageCommand(input, admin))).rejects.toThrow(CoverageOverlapError);
  });
});
