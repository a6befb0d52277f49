import { CHILD, consentInput, consentWorld, teacher } from '../../testing/consent-world';
import { ConsentRecorderForbiddenError } from '../../../domain/consent.refusals';
import { RecordConsentCommand } from './record-consent.command';
import { RecordConsentHandler } from './record-consent.handler';

const handlerIn = (world: ReturnType<typeof consentWorld>) => new RecordConsentHandler(world.store, world.child, world.answers, world.rules, world.clock);

describe('RecordConsentHandler', () => {
  it('records the consent on its own stream, for the child, at the server’s Norwegian time', async () => {
    const world = consentWorld();
    const { consentId } = await handlerIn(world).execute(new RecordConsentCommand(CHILD, consentInput, { principal: teacher, correlationId: 'req-1' }));

    const [event] = await world.store.readStream(`consent-${consentId}`);
    expect(event.type).toBe('ConsentRecorded');
    expect(event.data).toMatchObject({ consentId, childId: CHILD, recordedAt: '2026-03-02T09:15:00+01:00', recordedBy: { unitId: 'skole-a' } });
    expect(event.metadata).toMatchObject({ childId: CHILD, actorUserId: 'laerer-1', actorServiceId: 'skole-a', correlationId: 'req-1' });
  });

  it('writes nothing new for a retry with the same Idempotency-Key', async () => {
    const world = consentWorld();
    const caller = { principal: teacher, idempotencyKey: 'key-1' };
    const first = await handlerIn(world).execute(new RecordConsentCommand(CHILD, consentInput, caller));
    const retry = await handlerIn(world).execute(new RecordConsentCommand(CHILD, consentInput, caller));

    expect(retry).toEqual(first);
    expect(await world.store.readStream(`consent-${first.consentId}`)).toHaveLength(1);
  });

  it('refuses a unit that coordinates none of the child’s cases, and appends nothing', async () => {
    const world = consentWorld({ coordinates: false });
    const append = jest.spyOn(world.store, 'append');
    await expect(handlerIn(world).execute(new RecordConsentCommand(CHILD, consentInput, { principal: teacher }))).rejects.toThrow(ConsentRecorderForbiddenError);
    expect(append).not.toHaveBeenCalled();
  });
});
