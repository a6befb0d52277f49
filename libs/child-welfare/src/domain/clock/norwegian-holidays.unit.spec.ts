import { easterSunday, isNorwegianPublicHoliday, isWorkingDay, nextWorkingDayFrom, norwegianPublicHolidays } from './norwegian-holidays';

describe('Norwegian public holidays', () => {
  it.each([
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2027, '2027-03-28'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('puts Easter Sunday %i on %s', (year, date) => expect(easterSunday(year)).toBe(date));

  it('lists the twelve holidays of 2026, movable ones from Easter', () =>
    expect(norwegianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-02',
      '2026-04-03',
      '2026-04-05',
      '2026-04-06',
      '2026-05-01',
      '2026-05-14',
      '2026-05-17',
      '2026-05-24',
      '2026-05-25',
      '2026-12-25',
      '2026-12-26',
    ]));

  it('does not count Christmas Eve or New Year’s Eve', () => {
    expect(isNorwegianPublicHoliday('2026-12-24')).toBe(false);
    expect(isNorwegianPublicHoliday('2026-12-31')).toBe(false);
  });

  it('moves to the next working day past weekends and holidays', () => {
    expect(isWorkingDay('2026-04-03')).toBe(false);
    expect(nextWorkingDayFrom('2026-04-02')).toBe('2026-04-07'); // Maundy Thursday → Tuesday after Easter
    expect(nextWorkingDayFrom('2026-10-03')).toBe('2026-10-05'); // Saturday → Monday
    expect(nextWorkingDayFrom('2026-12-24')).toBe('2026-12-24'); // an ordinary Thursday
  });
});
