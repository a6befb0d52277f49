import { randomUUID } from 'node:crypto';
import type { ChildCasesReader } from '@stafett/concern';
import { createTestDatabase, type TestDatabase } from '../../../../../../test/support/test-database';
import { DEFAULT_CONSENT_RULES } from '../../../domain/consent.values';
import { ListExpiringConsentsHandler } from './list-expiring-consents.handler';
import { ListExpiringConsentsQuery } from './list-expiring-consents.query';

const NOW = new Date('2026-03-02T08:15:00Z');
const held = randomUUID();
const other = randomUUID();
const stranger = randomUUID();

describe('the stafettholder’s expiring consents', () => {
  let db: TestDatabase;
  const consent = async (childId: string, validTo: string, withdrawn = false): Promise<string> => {
    const consentId = randomUUID();
    await db.dataSource.query(
      `INSERT INTO consent_register (consent_id, child_id, facts, withdrawn_at, valid_to, recorded_at) VALUES ($1, $2, '{}'::jsonb, $3, $4, now())`,
      [consentId, childId, withdrawn ? NOW.toISOString() : null, validTo],
    );
    return consentId;
  };
  // Concern's read port answers which open cases the practitioner holds; consent never reads its tables.
  const cases = { openCasesHeldBy: async (practitionerId: string) => (practitionerId === 'laerer-1' ? [{ caseId: 'c-1', childId: held }, { caseId: 'c-2', childId: held }, { caseId: 'c-3', childId: other }] : []) } as unknown as ChildCasesReader;

  beforeAll(async () => {
    db = await createTestDatabase();
  });
  afterAll(() => db.drop());

  it('lists the consents of the held cases’ children that end within the window, with those cases, soonest first', async () => {
    const soon = await consent(held, '2026-03-12');
    const sooner = await consent(other, '2026-03-05');
    await consent(held, '2026-03-10', true); // withdrawn
    await consent(other, '2026-05-01'); // outside the window
    await consent(stranger, '2026-03-04'); // a child of no held case
    const handler = new ListExpiringConsentsHandler(db.dataSource, cases, DEFAULT_CONSENT_RULES, { now: () => NOW });

    expect(await handler.execute(new ListExpiringConsentsQuery('laerer-1'))).toEqual({
      today: '2026-03-02',
      withinDays: 30,
      items: [
        { consentId: sooner, childId: other, caseIds: ['c-3'], validTo: '2026-03-05', daysLeft: 3 },
        { consentId: soon, childId: held, caseIds: ['c-1', 'c-2'], validTo: '2026-03-12', daysLeft: 10 },
      ],
    });
    expect(await handler.execute(new ListExpiringConsentsQuery('laerer-1', 5))).toMatchObject({ withinDays: 5, items: [{ consentId: sooner }] });
    expect(await handler.execute(new ListExpiringConsentsQuery('someone-else'))).toMatchObject({ items: [] });
  });
});
