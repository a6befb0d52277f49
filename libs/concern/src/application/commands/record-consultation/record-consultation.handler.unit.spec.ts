import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { Principal } from '@stafett/kernel';
import type { ConcernDirectory } from '../../concern-directory';
import { RecordConsultationCommand } from './record-consultation.command';
import { RecordConsultationHandler } from './record-consultation.handler';

// The directory is the organisation's answer, replaced here so that the handler is tested alone; the
// e2e test (test/e2e/anonymous-consultation.e2e.spec.ts) runs it against the real organisation view.
const nurse: Principal = { practitionerId: 'p-nurse', unitId: 'u-clinic', serviceType: 'helsestasjon', roles: ['practitioner'], tokenExpiresAt: new Date('2030-01-01') };
const directory = {
  practitioner: async (practitionerId: string) => ({ practitionerId, unitId: 'u-clinic', serviceType: 'helsestasjon' }),
  service: async (unitId: string) => ({ unitId, serviceType: 'barnevern' }),
} as unknown as ConcernDirectory;
const clock = { now: () => new Date('2026-03-02T08:15:00Z') };
const input = { consultedServiceType: 'barnevern', heldOn: '2026-03-01', topic: 'Bekymring for søvn', advice: 'Snakk med foreldrene' };

describe('RecordConsultationHandler', () => {
  it('records the consultation in a stream of its own, naming no child', async () => {
    const store = new InMemoryEventStore();
    const { consultationId } = await new RecordConsultationHandler(store, clock, directory).execute(new RecordConsultationCommand(input, { principal: nurse }));

    const [event] = await store.readStream(`consultation-${consultationId}`);
    expect(event.type).toBe('AnonymousConsultationRecorded');
    expect(event.metadata).not.toHaveProperty('childId');
    expect(event.data).toMatchObject({ consultationId, topic: input.topic, at: '2026-03-02T09:15:00+01:00' });
  });

  it('writes nothing new for a retry with the same Idempotency-Key', async () => {
    const store = new InMemoryEventStore();
    const handler = new RecordConsultationHandler(store, clock, directory);
    const caller = { principal: nurse, idempotencyKey: 'key-1' };
    const first = await handler.execute(new RecordConsultationCommand(input, caller));
    const retry = await handler.execute(new RecordConsultationCommand(input, caller));

    expect(retry).toEqual(first);
    expect(await store.readStream(`consultation-${first.consultationId}`)).toHaveLength(1);
  });
});
