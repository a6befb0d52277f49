import { PractitionerNotFoundError } from '../../../domain/organisation.refusals';
import { admin, helsestasjon, kari, organisationWorld, skaun } from '../../../testing/organisation-world';
import { ChangePractitionerRolesCommand } from './change-practitioner-roles.command';
import { ChangePractitionerRolesHandler } from './change-practitioner-roles.handler';

describe('ChangePractitionerRolesHandler', () => {
  it('appends PractitionerRolesChanged from the date given', async () => {
    const { runner, given, stream } = organisationWorld();
    await given(skaun, helsestasjon, kari);
    const input = { practitionerId: 'kari', roles: ['leader'], effectiveFrom: '2026-03-01' };

    expect(await new ChangePractitionerRolesHandler(runner).execute(new ChangePractitionerRolesCommand(input, admin))).toEqual({ events: ['PractitionerRolesChanged'] });
    expect((await stream()).at(-1)?.data).toEqual(input);
  });

  it('refuses a practitioner who is not registered', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun, helsestasjon);

    await expect(new ChangePractitionerRolesHandler(runner).execute(new ChangePractitionerRolesCommand({ practitionerId: 'kari', roles: ['leader'], effectiveFrom: '2026-03-01' }, admin))).rejects.toThrow(PractitionerNotFoundError);
  });
});
