import { ServiceUnitNotFoundError } from '../../../domain/organisation.refusals';
import { admin, helsestasjon, organisationWorld, skaun } from '../../../testing/organisation-world';
import { RegisterPractitionerCommand } from './register-practitioner.command';
import { RegisterPractitionerHandler } from './register-practitioner.handler';

describe('RegisterPractitionerHandler', () => {
  it('appends PractitionerRegistered with the roles in a fixed order', async () => {
    const { runner, given, stream } = organisationWorld();
    await given(skaun, helsestasjon);
    const input = { practitionerId: 'kari', unitId: 'hs', roles: ['leader', 'practitioner'], activeFrom: '2026-01-01' };

    expect(await new RegisterPractitionerHandler(runner).execute(new RegisterPractitionerCommand(input, admin))).toEqual({ events: ['PractitionerRegistered'] });
    expect((await stream()).at(-1)?.data).toEqual({ ...input, roles: ['practitioner', 'leader'] });
  });

  it('refuses a unit that is not registered', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun);
    const input = { practitionerId: 'kari', unitId: 'hs', roles: ['practitioner'], activeFrom: '2026-01-01' };

    await expect(new RegisterPractitionerHandler(runner).execute(new RegisterPractitionerCommand(input, admin))).rejects.toThrow(ServiceUnitNotFoundError);
  });
});
