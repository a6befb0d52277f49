import { randomUUID } from 'node:crypto';
import { CHILD, consentInput, consentWorld, teacher } from '../../testing/consent-world';
import { ConsentNotFoundError } from '../../../domain/consent.refusals';
import { RecordConsentCommand } from '../record-consent/record-consent.command';
import { RecordConsentHandler } from '../record-consent/record-consent.handler';
import { WithdrawConsentCommand } from './withdraw-consent.command';
import { WithdrawConsentHandler } from './withdraw-consent.handler';

async function recorded(world: ReturnType<typeof consentWorld>): Promise<string> {
  const record = new RecordConsentHandler(world.store, world.child, world.answers, world.rules, world.clock);
  return (await record.execute(new RecordConsentCommand(CHILD, consentInput, { principal: teacher }))).consentId;
}

const onBehalfOf = { kind: 'guardian', guardianIndex: 0 } as const;

describe('WithdrawConsentHandler', () => {
  it('records the withdrawal, effective now', async () => {
    const world = consentWorld();
    const consentId = await recorded(world);
    const answer = await new WithdrawConsentHandler(world.store, world.child, world.rules, world.clock).execute(new WithdrawConsentCommand(CHILD, consentId, { onBehalfOf }, { principal: teacher }));

    expect(answer).toEqual({ consentId, withdrawnAt: '2026-03-02T09:15:00+01:00' });
    expect((await world.store.readStream(`consent-${consentId}`)).map((e) => e.type)).toEqual(['ConsentRecorded', 'ConsentWithdrawn']);
  });

  it('answers a retry with the same Idempotency-Key as the first time, appending nothing', async () => {
    const world = consentWorld();
    const consentId = await recorded(world);
    const withdraw = new WithdrawConsentHandler(world.store, world.child, world.rules, world.clock);
    const caller = { principal: teacher, idempotencyKey: 'key-2' };
    const first = await withdraw.execute(new WithdrawConsentCommand(CHILD, consentId, { onBehalfOf }, caller));
    const retry = await withdraw.execute(new WithdrawConsentCommand(CHILD, consentId, { onBehalfOf }, caller));

    expect(retry).toEqual(first);
    expect(await world.store.readStream(`consent-${consentId}`)).toHaveLength(2);
  });

  it('treats a consent of another child, and an unknown or malformed id, as not found', async () => {
    const world = consentWorld();
    const consentId = await recorded(world);
    const withdraw = new WithdrawConsentHandler(world.store, world.child, world.rules, world.clock);
    for (const [childId, id] of [[randomUUID(), consentId], [CHILD, randomUUID()], [CHILD, 'not-a-uuid']]) {
      await expect(withdraw.execute(new WithdrawConsentCommand(childId, id, { onBehalfOf }, { principal: teacher }))).rejects.toThrow(ConsentNotFoundError);
    }
  });
});
