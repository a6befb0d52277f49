import type { Principal } from '@stafett/kernel';
import { ForbiddenProblem } from '../problems/auth.problems';
import { InMemoryPractitionerDirectory } from '../testing/in-memory-practitioner-directory';
import { MunicipalityAccess } from './municipality-access.service';

// A fake directory: the real one is the organisation read model in another library.
const directory = new InMemoryPractitionerDirectory(
  [],
  [{ unitId: 'u-1', kommunenummer: '5501', from: new Date('2024-01-01T00:00:00Z'), until: new Date('2025-01-01T00:00:00Z') }],
);
const principal: Principal = {
  practitionerId: 'p-1',
  unitId: 'u-1',
  serviceType: 'barnehage',
  roles: ['practitioner'],
  tokenExpiresAt: new Date('2030-01-01T00:00:00Z'),
};
const access = new MunicipalityAccess(directory);

describe('MunicipalityAccess', () => {
  describe('when the unit serves the municipality on that date', () => {
    it('allows acting for it', async () => {
      await expect(access.assertMayActFor(principal, '5501', new Date('2024-06-01T12:00:00Z'))).resolves.toBeUndefined();
    });
  });

  describe('when the date is outside the period served', () => {
    it.each(['2023-12-31T23:59:59Z', '2025-01-01T00:00:00Z'])('refuses with 403 on %s', async (at) => {
      await expect(access.assertMayActFor(principal, '5501', new Date(at))).rejects.toBeInstanceOf(ForbiddenProblem);
    });
  });

  describe('when the kommunenummer is another or malformed', () => {
    it.each(['1804', '55011', '../5501', ''])('refuses %j', async (kommunenummer) => {
      expect(await access.mayActFor(principal, kommunenummer, new Date('2024-06-01T12:00:00Z'))).toBe(false);
    });
  });
});
