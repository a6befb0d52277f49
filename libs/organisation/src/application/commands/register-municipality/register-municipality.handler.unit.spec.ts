import { MunicipalityAlreadyRegisteredError } from '../../../domain/organisation.refusals';
import { admin, NOW, organisationWorld, skaun } from '../../../testing/organisation-world';
import { RegisterMunicipalityCommand } from './register-municipality.command';
import { RegisterMunicipalityHandler } from './register-municipality.handler';

describe('RegisterMunicipalityHandler', () => {
  it('appends MunicipalityRegistered with the administrator and the time in the metadata', async () => {
    const { runner, stream } = organisationWorld();
    const answer = await new RegisterMunicipalityHandler(runner).execute(new RegisterMunicipalityCommand({ kommunenummer: '5028', name: 'Melhus' }, { ...admin, correlationId: 'req-1' }));

    expect(answer).toEqual({ events: ['MunicipalityRegistered'] });
    const [event] = await stream();
    expect(event.data).toEqual({ kommunenummer: '5028', name: 'Melhus' });
    expect(event.metadata).toMatchObject({ actorUserId: 'admin', actorServiceId: 'kommunen', correlationId: 'req-1', occurredAt: NOW.toISOString() });
  });

  it('answers a retry with the same Idempotency-Key as the first time and appends nothing new', async () => {
    const { runner, stream } = organisationWorld();
    const handler = new RegisterMunicipalityHandler(runner);
    const command = new RegisterMunicipalityCommand({ kommunenummer: '5028', name: 'Melhus' }, { ...admin, idempotencyKey: 'k-1' });
    const first = await handler.execute(command);

    expect(await handler.execute(command)).toEqual(first);
    expect(await stream()).toHaveLength(1);
  });

  it('refuses a municipality registered already', async () => {
    const { runner, given } = organisationWorld();
    await given(skaun);

    await expect(new RegisterMunicipalityHandler(runner).execute(new RegisterMunicipalityCommand({ kommunenummer: '5029', name: 'Skaun' }, admin))).rejects.toThrow(MunicipalityAlreadyRegisteredError);
  });
});
