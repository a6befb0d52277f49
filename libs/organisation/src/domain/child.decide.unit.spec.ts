import { randomBytes } from 'node:crypto';
import fc from 'fast-check';
import { NationalIdHasher } from '@stafett/identity';
import { encryptField } from '@stafett/identity';
import { SecretKey } from '@stafett/identity';
import { validNationalIds } from '@stafett/identity/testing';
import type { RegisterChild } from './child.commands';
import { childDecider, type ChildDecisionContext } from './child.decide';
import { ChildAlreadyRegisteredError } from './organisation.refusals';
import type { ChildRegistered } from './child.events';
import { InvalidCommandError } from '@stafett/kernel';
import { deciderSpec } from '@stafett/kernel/testing';
import { fakeProtection } from './testing/fake-personal-data-protection';

const childId = '7d0c5e0e-3c55-4b8e-9d7e-2f0b1b6f7a01';
// Check digits computed independently; birth dates 2019-05-17, 1990-01-01 and D-number 1990-01-05.
const CHILD = '17051950186';
const MOTHER = '01019012480';
const FATHER = '45019012410';

const registerBorn: RegisterChild = {
  type: 'RegisterChild',
  childId,
  subject: { kind: 'born', nationalId: CHILD, name: 'Emma Nordmann Hansen' },
  homeMunicipality: '5029',
  guardians: [
    { nationalId: MOTHER, name: 'Kari Nordmann', holdsParentalResponsibility: true },
    { nationalId: `${FATHER.slice(0, 6)} ${FATHER.slice(6)}`, name: ' Per Hansen ', holdsParentalResponsibility: false },
  ],
};
const protection = fakeProtection();
const context: ChildDecisionContext = { today: '2026-03-01', protection, isKnownMunicipality: (k) => k === '5028' || k === '5029' };
const spec = deciderSpec(childDecider, context);
const { encrypt, lookupHash } = protection;

describe('child decider', () => {
  describe('when a born child is registered', () => {
    it('records only encrypted personal fields and keyed hashes of national ids', () =>
      spec.given([]).when(registerBorn).then([
        {
          type: 'ChildRegistered',
          data: {
            childId,
            subject: {
              kind: 'born',
              nationalId: encrypt(CHILD),
              nationalIdLookup: lookupHash(CHILD),
              birthDate: encrypt('2019-05-17'),
              name: encrypt('Emma Nordmann Hansen'),
            },
            homeMunicipality: '5029',
            guardians: [
              { nationalId: encrypt(MOTHER), nationalIdLookup: lookupHash(MOTHER), name: encrypt('Kari Nordmann'), holdsParentalResponsibility: true },
              { nationalId: encrypt(FATHER), nationalIdLookup: lookupHash(FATHER), name: encrypt('Per Hansen'), holdsParentalResponsibility: false },
            ],
          },
        },
      ]));

    it('refuses a second registration of the same child', () => {
      const [registered] = childDecider.decide(registerBorn, childDecider.initialState(), context);
      spec.given([registered]).when(registerBorn).thenThrows(ChildAlreadyRegisteredError);
    });
  });

  describe('when an unborn child is registered', () => {
    it('records the mother’s number and the expected date, encrypted', () =>
      spec
        .given([])
        .when({ type: 'RegisterChild', childId, subject: { kind: 'unborn', motherNationalId: MOTHER, expectedDate: '2026-09-01' }, homeMunicipality: '5028', guardians: [] })
        .then([
          {
            type: 'ChildRegistered',
            data: {
              childId,
              subject: { kind: 'unborn', motherNationalId: encrypt(MOTHER), motherNationalIdLookup: lookupHash(MOTHER), expectedDate: encrypt('2026-09-01') },
              homeMunicipality: '5028',
              guardians: [],
            },
          },
        ]));

    it('refuses an expected date outside a pregnancy', () =>
      spec
        .given([])
        .when({ type: 'RegisterChild', childId, subject: { kind: 'unborn', motherNationalId: MOTHER, expectedDate: '2027-06-01' }, homeMunicipality: '5028', guardians: [] })
        .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((p) => p.field)).toEqual(['subject.expectedDate'])));
  });

  describe('when the command has bad fields', () => {
    it('lists every problem by field, with Norwegian texts, and never the numbers', () =>
      spec
        .given([])
        .when({
          ...registerBorn,
          subject: { kind: 'born', nationalId: '17051950187' },
          homeMunicipality: '5001',
          guardians: [
            { nationalId: '01419012463', name: 'Kari Nordmann', holdsParentalResponsibility: true },
            { nationalId: MOTHER, name: '', holdsParentalResponsibility: true },
            { nationalId: MOTHER, name: 'Kari Igjen', holdsParentalResponsibility: true },
          ],
        })
        .thenThrows(InvalidCommandError, (error) => {
          expect(error.problems.map((p) => [p.field, p.userMessage])).toEqual([
            ['homeMunicipality', 'Kommunen er ikke registrert.'],
            ['subject.nationalId', 'Fødselsnummeret har feil kontrollsiffer. Kontroller at alle sifrene er riktige.'],
            ['guardians[0].nationalId', 'H-nummer kan ikke brukes her. Oppgi fødselsnummer eller D-nummer.'],
            ['guardians[1].name', 'Navnet må ha mellom 1 og 200 tegn.'],
            ['guardians[2].nationalId', 'Samme foresatte er oppgitt to ganger.'],
          ]);
          const everything = JSON.stringify({ message: error.message, problems: error.problems });
          for (const secret of ['17051950187', '01419012463', MOTHER, 'Kari']) expect(everything).not.toContain(secret);
        }));

    it('refuses a child born in the future', () =>
      spec
        .given([])
        .when({ ...registerBorn, subject: { kind: 'born', nationalId: '01013050038' } }) // born 2030-01-01
        .thenThrows(InvalidCommandError, (e) => expect(e.problems.map((p) => p.field)).toEqual(['subject.nationalId'])));
  });
});

describe('ChildRegistered as stored', () => {
  // Real AES-256-GCM and HMAC: the JSON that reaches the events table.
  const dataKey = SecretKey.generate();
  const hasher = new NationalIdHasher(SecretKey.fromBytes(randomBytes(32)));
  const realContext: ChildDecisionContext = {
    today: '2026-03-01',
    protection: { encrypt: (text) => encryptField(text, dataKey, childId), lookupHash: (id) => hasher.hash(id) },
  };

  it('contains neither the national ids nor the names', () => {
    const json = JSON.stringify(childDecider.decide(registerBorn, childDecider.initialState(), realContext));
    for (const secret of [CHILD, MOTHER, FATHER, 'Emma Nordmann Hansen', 'Kari Nordmann', 'Per Hansen', '2019-05-17']) {
      expect(json).not.toContain(secret);
    }
  });

  it('contains no national id, whichever is registered', () => {
    const ids = validNationalIds().filter((id) => id.birthDate <= '2026-03-01');
    fc.assert(
      fc.property(ids, ids, ids, (child, mother, father) => {
        fc.pre(new Set([child.value, mother.value, father.value]).size === 3);
        const command: RegisterChild = {
          ...registerBorn,
          subject: { kind: 'born', nationalId: child.value },
          guardians: [
            { nationalId: mother.value, name: 'Mor Testesen', holdsParentalResponsibility: true },
            { nationalId: father.value, name: 'Far Testesen', holdsParentalResponsibility: true },
          ],
        };
        const [event] = childDecider.decide(command, childDecider.initialState(), realContext) as ChildRegistered[];
        const json = JSON.stringify(event);
        for (const secret of [child.value, mother.value, father.value, child.birthDate, 'Testesen']) expect(json).not.toContain(secret);
      }),
      { numRuns: 300 },
    );
  });
});
