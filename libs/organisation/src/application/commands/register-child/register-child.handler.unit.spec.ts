import { ForbiddenProblem } from '@stafett/auth';
import { InvalidCommandError } from '@stafett/kernel';
import { childStreamId } from '../../../domain/child.events';
import { born, CHILD, childrenWorld as setUp, FATHER, MOTHER, NOW, nurse, principal, teacher, thrown } from '../../../testing/children-world';
import type { EventStore } from '@stafett/event-store';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import { syntheticNationalId, withChangedDigit } from '../../../testing/synthetic-national-ids';

const secondNurse = { principal: principal('helsestasjon', 'helsestasjon-ansatt-2') };

describe('registering a child', () => {
  describe('when the registration is valid', () => {
    it('appends one ChildRegistered to the child’s stream, with who, when and which child in the metadata', async () => {
      const { register, events } = setUp();
      const { childId, created } = await register.execute(born, { ...nurse, correlationId: 'req-1' }, NOW);
      expect(created).toBe(true);
      const [event, ...rest] = await events.readStream(childStreamId(childId));
      expect(rest).toEqual([]);
      expect(event.type).toBe('ChildRegistered');
      expect(event.metadata).toEqual({
        childId,
        actorUserId: 'helsestasjon-ansatt',
        actorServiceId: 'helsestasjon',
        correlationId: 'req-1',
        occurredAt: NOW.toISOString(),
      });
      const json = JSON.stringify({ data: event.data, metadata: event.metadata });
      for (const secret of [CHILD, MOTHER, FATHER, 'Tindra', 'Testesen', 'Prøvesen', '2019-05-17']) expect(json).not.toContain(secret);
    });
  });

  describe('when the same Idempotency-Key comes again', () => {
    it('answers the same child and appends nothing new', async () => {
      const { register, events } = setUp();
      const first = await register.execute(born, { ...nurse, idempotencyKey: 'k-1' }, NOW);
      const retry = await register.execute(born, { ...nurse, idempotencyKey: 'k-1' }, NOW);
      expect(retry).toEqual({ childId: first.childId, created: false });
      expect(events.all().map((e) => e.type)).toEqual(['ChildIdentityClaimed', 'ChildRegistered']);
    });

    it('gives concurrent first attempts one child', async () => {
      const { register, events } = setUp();
      const results = await Promise.all([1, 2, 3].map(() => register.execute(born, { ...nurse, idempotencyKey: 'k-2' }, NOW)));
      expect(new Set(results.map((r) => r.childId)).size).toBe(1);
      expect(events.all().map((e) => e.type)).toEqual(['ChildIdentityClaimed', 'ChildRegistered']);
    });

    it('keeps keys apart per practitioner', async () => {
      const { register } = setUp();
      const other = { ...born, subject: { kind: 'born' as const, nationalId: syntheticNationalId('2018-06-07', 510) } };
      const a = await register.execute(born, { principal: principal('helsestasjon', 'a'), idempotencyKey: 'same' }, NOW);
      const b = await register.execute(other, { principal: principal('helsestasjon', 'b'), idempotencyKey: 'same' }, NOW);
      expect(a.childId).not.toBe(b.childId);
    });
  });

  describe('when the national id is registered already (issue 10 item 2)', () => {
    it('answers the existing child id, as a new registration is answered, and appends nothing', async () => {
      const { register, events } = setUp();
      const first = await register.execute(born, nurse, NOW);
      const before = events.all().length;
      const again = await register.execute({ ...born, guardians: [] }, { principal: principal('helsestasjon', 'another') }, NOW);
      expect(again.childId).toBe(first.childId);
      expect(events.all()).toHaveLength(before);
    });

    it('gives concurrent registrations of one child by different callers one child id', async () => {
      const { register, events } = setUp();
      const results = await Promise.all(['a', 'b', 'c'].map((who) => register.execute(born, { principal: principal('helsestasjon', who) }, NOW)));
      expect(new Set(results.map((r) => r.childId)).size).toBe(1);
      expect(events.all().filter((e) => e.type === 'ChildRegistered')).toHaveLength(1);
    });

    it('completes a registration whose writer claimed the identity and stopped', async () => {
      const events = new InMemoryEventStore();
      let crash = true;
      const crashingOnce: EventStore = Object.assign(Object.create(events) as InMemoryEventStore, {
        append: (streamId: string, toAppend: Parameters<EventStore['append']>[1], expected: Parameters<EventStore['append']>[2]) => {
          if (crash && streamId.startsWith('child-') && !streamId.startsWith('child-identity-')) {
            crash = false;
            return Promise.reject(new Error('process stopped'));
          }
          return events.append(streamId, toAppend, expected);
        },
        readStream: (streamId: string) => events.readStream(streamId),
      });
      const { register } = setUp({ store: crashingOnce });
      await expect(register.execute(born, nurse, NOW)).rejects.toThrow('process stopped');
      const claimed = (events.all()[0].data as { childId: string }).childId;
      expect(await register.execute(born, secondNurse, NOW)).toEqual({ childId: claimed, created: true });
      expect(events.all().map((e) => e.type)).toEqual(['ChildIdentityClaimed', 'ChildRegistered']);
    });
  });

  describe('when the input is bad', () => {
    it('names the field, and writes neither an event nor a key', async () => {
      const { register, events, keys } = setUp();
      const bad = { ...born, subject: { kind: 'born' as const, nationalId: withChangedDigit(CHILD) } };
      const error = await thrown(register.execute(bad, { ...nurse, idempotencyKey: 'k-bad' }, NOW));
      expect(error).toBeInstanceOf(InvalidCommandError);
      expect((error as InvalidCommandError).problems.map((p) => [p.field, p.userMessage])).toEqual([
        ['subject.nationalId', 'Fødselsnummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktige.'],
      ]);
      expect(events.all()).toEqual([]);
      const { childId } = await register.execute(born, { ...nurse, idempotencyKey: 'k-bad' }, NOW);
      expect(events.all().map((e) => e.type)).toEqual(['ChildIdentityClaimed', 'ChildRegistered']); // nothing was kept from the bad attempt
      expect(await keys.find(childId)).toBeDefined();
    });

    it('refuses synthetic test numbers in production', async () => {
      const { register, events } = setUp({ mode: 'production' });
      const error = await thrown(register.execute(born, nurse, NOW));
      expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual([
        'subject.nationalId',
        'guardians[0].nationalId',
        'guardians[1].nationalId',
      ]);
      expect(events.all()).toEqual([]);
    });
  });

  describe('when the caller’s unit does not serve the home municipality', () => {
    it('refuses with 403 and writes nothing', async () => {
      const { register, events, keys } = setUp();
      const error = await thrown(register.execute(born, { ...teacher, idempotencyKey: 'k-3' }, NOW));
      expect(error).toBeInstanceOf(ForbiddenProblem);
      expect(events.all()).toEqual([]);
      const retryByNurse = await register.execute(born, { ...teacher, principal: { ...teacher.principal, unitId: 'helsestasjon' }, idempotencyKey: 'k-3' }, NOW);
      expect(await keys.find(retryByNurse.childId)).toBeDefined();
    });
  });
});
