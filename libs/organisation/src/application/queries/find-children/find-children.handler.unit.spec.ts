import type { InvalidCommandError } from '@stafett/kernel';
import { born, CHILD, childrenWorld as setUp, FATHER, MOTHER, NOW, nurse, teacher, thrown } from '../../../testing/children-world';
import { withChangedDigit } from '../../../testing/synthetic-national-ids';

describe('finding children by national id', () => {
  it('finds a child by its own number and by each guardian’s, only in served municipalities', async () => {
    const { register, find } = setUp();
    const { childId } = await register.execute(born, nurse, NOW);
    for (const number of [CHILD, MOTHER, FATHER, `${MOTHER.slice(0, 6)} ${MOTHER.slice(6)}`]) {
      expect(await find.execute(number, nurse, NOW)).toEqual([{ childId, homeMunicipality: '5029' }]);
      expect(await find.execute(number, teacher, NOW)).toEqual([]);
    }
  });

  it('finds an unborn child by the mother’s number', async () => {
    const { register, find } = setUp();
    const { childId } = await register.execute(
      { subject: { kind: 'unborn', motherNationalId: MOTHER, expectedDate: '2026-06-01' }, homeMunicipality: '5029', guardians: [] },
      nurse,
      NOW,
    );
    expect(await find.execute(MOTHER, nurse, NOW)).toEqual([{ childId, homeMunicipality: '5029' }]);
  });

  it('refuses a number with a wrong check digit, naming the field', async () => {
    const { find } = setUp();
    const error = await thrown(find.execute(withChangedDigit(CHILD), nurse, NOW));
    expect((error as InvalidCommandError).problems.map((p) => p.field)).toEqual(['nationalId']);
    expect(JSON.stringify({ message: (error as Error).message })).not.toContain(CHILD.slice(0, 7));
  });
});
