import { CHILD, consentWorld, nurse, teacher } from '../../testing/consent-world';
import { ChildTooYoungError, HealthServiceOnlyForbiddenError } from '../../../domain/consent.refusals';
import { RecordHealthRestrictionCommand } from './record-health-restriction.command';
import { RecordHealthRestrictionHandler } from './record-health-restriction.handler';

const handlerIn = (world: ReturnType<typeof consentWorld>) => new RecordHealthRestrictionHandler(world.store, world.child, world.rules, world.clock);
const stream = `guardian-health-${CHILD}`;

describe('RecordHealthRestrictionHandler', () => {
  it('records the wish of a child of 12 or more, lifts it, and appends nothing for a wish already in force', async () => {
    const world = consentWorld({ birthDate: '2013-01-01' });
    const handler = handlerIn(world);
    expect(await handler.execute(new RecordHealthRestrictionCommand(CHILD, 'withhold', { principal: nurse }))).toEqual({ childId: CHILD, withheld: true });
    await handler.execute(new RecordHealthRestrictionCommand(CHILD, 'withhold', { principal: nurse }));
    expect(await handler.execute(new RecordHealthRestrictionCommand(CHILD, 'release', { principal: nurse }))).toEqual({ childId: CHILD, withheld: false });

    expect((await world.store.readStream(stream)).map((e) => e.type)).toEqual(['HealthInformationWithheldFromGuardians', 'HealthInformationReleasedToGuardians']);
  });

  it('refuses a service that is not a health service, and a child below the age', async () => {
    await expect(handlerIn(consentWorld({ birthDate: '2013-01-01' })).execute(new RecordHealthRestrictionCommand(CHILD, 'withhold', { principal: teacher }))).rejects.toThrow(HealthServiceOnlyForbiddenError);
    await expect(handlerIn(consentWorld({ birthDate: '2020-01-01' })).execute(new RecordHealthRestrictionCommand(CHILD, 'withhold', { principal: nurse }))).rejects.toThrow(ChildTooYoungError);
  });
});
