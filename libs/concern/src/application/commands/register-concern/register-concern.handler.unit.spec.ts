import { ForbiddenProblem } from '@stafett/auth';
import { childId, teacher } from '../../../domain/testing/concern.fixtures';
import { OUTSIDER, givenCase } from '../../testing/case-handlers.fixture';
import { RegisterConcernCommand } from './register-concern.command';
import { RegisterConcernHandler } from './register-concern.handler';

describe('RegisterConcernHandler', () => {
  it('appends through the case runner and answers with the types of the events appended', async () => {
    const f = await givenCase([]);
    const result = await new RegisterConcernHandler(f.runner).execute(new RegisterConcernCommand({ childId, kommunenummer: '5029', concern: { observations: 'Sliten hver morgen', since: 'i høst' } }, f.caller(teacher)));

    expect(result).toEqual({ caseId: expect.any(String), events: ['ConcernRegistered'] });
    const [stored] = await f.store.readStream(`concern-${result.caseId}`);
    expect(stored).toMatchObject({ type: 'ConcernRegistered', metadata: { childId, actorUserId: teacher.practitionerId, actorServiceId: teacher.unitId } });
    expect(JSON.stringify(stored.data)).not.toContain('Sliten hver morgen');
  });

  it('names the same case on a retry with the same Idempotency-Key, writing nothing new', async () => {
    const f = await givenCase([]);
    const handler = new RegisterConcernHandler(f.runner);
    const command = new RegisterConcernCommand({ childId, kommunenummer: '5029', concern: { observations: 'Sliten hver morgen', since: 'i høst' } }, f.caller(teacher, 'key-1'));
    const first = await handler.execute(command);

    expect(await handler.execute(command)).toEqual(first);
    expect(await f.store.readStream(`concern-${first.caseId}`)).toHaveLength(1);
  });

  it('refuses a unit that does not serve the municipality with 403, writing nothing', async () => {
    const f = await givenCase([]);
    const command = new RegisterConcernCommand({ childId, kommunenummer: '5029', concern: { observations: 'Sliten hver morgen', since: 'i høst' } }, f.caller(OUTSIDER));

    await expect(new RegisterConcernHandler(f.runner).execute(command)).rejects.toBeInstanceOf(ForbiddenProblem);
    expect(f.store.all()).toHaveLength(0);
  });
});
