import { UnknownServiceTypeError } from '../../../domain/organisation.refusals';
import { admin, organisationWorld, skaun } from '../../../testing/organisation-world';
import { RegisterServiceUnitCommand } from './register-service-unit.command';
import { RegisterServiceUnitHandler } from './register-service-unit.handler';

describe('RegisterServiceUnitHandler', () => {
  it('appends ServiceUnitRegistered', async () => {
    const { runner, given, stream } = organisationWorld();
    await given(skaun);
    const input = { unitId: 'hs', name: 'Helsestasjonen', serviceType: 'helsestasjon', hostMunicipality: '5029' };

    expect(await new RegisterServiceUnitHandler(runner).execute(new RegisterServiceUnitCommand(input, admin))).toEqual({ events: ['ServiceUnitRegistered'] });
    expect((await stream()).at(-1)?.data).toEqual(input);
  });

  it('refuses a service type the organisation does not know', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun);
    const input = { unitId: 'tannlege', name: 'Tannlegen', serviceType: 'tannlege', hostMunicipality: '5029' };

    await expect(new RegisterServiceUnitHandler(runner).execute(new RegisterServiceUnitCommand(input, admin))).rejects.toThrow(UnknownServiceTypeError);
  });
});
