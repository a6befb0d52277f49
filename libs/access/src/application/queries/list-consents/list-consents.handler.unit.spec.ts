import { ForbiddenProblem } from '@stafett/auth';
import { InMemoryEventStore } from '@stafett/event-store/testing';
import type { DataSource } from 'typeorm';
import { CHILD, NO_RELATION, NOW, OWNER, principalOf, relationsBy } from '../../testing/relation-fixtures';
import { ListConsentsHandler } from './list-consents.handler';
import { ListConsentsQuery } from './list-consents.query';

const consentId = (n: number) => `00000000-0000-4000-8000-00000000000${n}`;
const recorded = (n: number, grantee: { unitId?: string; serviceType?: string }) => ({
  id: `10000000-0000-4000-8000-00000000000${n}`,
  type: 'ConsentRecorded',
  data: {
    consentId: consentId(n), childId: CHILD, grantors: [{ kind: 'guardian', guardianIndex: 0, holdsParentalResponsibility: true }], grantees: [grantee], decision: 'permit',
    period: { from: '2026-01-01' }, provision: {}, form: { kind: 'paper', verifiedBy: 'laerer-1', verifiedAt: '2026-01-01', reference: 'arkiv-1' }, recordedBy: { practitionerId: 'laerer-1', unitId: 'skole-a', serviceType: 'skole' }, recordedAt: '2026-01-01T10:00:00+01:00',
  },
  metadata: { correlationId: 'c', childId: CHILD, occurredAt: '2026-01-01T09:00:00.000Z' },
});

async function setUp() {
  const store = new InMemoryEventStore();
  await store.append(`consent-${consentId(1)}`, [recorded(1, { unitId: 'helsestasjon-b' })], 'no_stream');
  await store.append(`consent-${consentId(2)}`, [recorded(2, { serviceType: 'politi' })], 'no_stream');
  // The consent register lists which consents exist; each one's state is read from its own stream.
  const register = { query: async () => [1, 2].map((n) => ({ facts: { consentId: consentId(n) } })) } as unknown as DataSource;
  const relations = relationsBy({ 'skole-a': OWNER, 'helsestasjon-b': { ...NO_RELATION, namedByConsent: true } });
  return new ListConsentsHandler(relations, store, register, { now: () => NOW });
}

describe('listing a child’s consents', () => {
  it('shows every consent to the owner of an open case of the child', async () => {
    const { consents } = await (await setUp()).execute(new ListConsentsQuery(CHILD, { principal: principalOf('laerer-1', 'skole-a', 'skole') }));
    expect(consents.map((c) => [c.consentId, c.status])).toEqual([[consentId(1), 'in-force'], [consentId(2), 'in-force']]);
  });

  it('shows another unit only the consents that name it', async () => {
    const { consents } = await (await setUp()).execute(new ListConsentsQuery(CHILD, { principal: principalOf('helsesykepleier-1', 'helsestasjon-b', 'helsestasjon') }));
    expect(consents.map((c) => c.consentId)).toEqual([consentId(1)]);
  });

  it('answers a unit with no relation to the child with the one 403 of an unknown child', async () => {
    await expect((await setUp()).execute(new ListConsentsQuery(CHILD, { principal: principalOf('x', 'nav-c', 'nav') }))).rejects.toBeInstanceOf(ForbiddenProblem);
  });
});
