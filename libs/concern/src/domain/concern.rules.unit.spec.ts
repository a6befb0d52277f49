import { concernRules, DEFAULT_CONCERN_RULES, levelLabel, validateConcernRules } from './concern.rules';
import { addDays, dayOf, isIsoTimestamp } from './concern.values';

describe('concern rules', () => {
  it('default to the Norwegian level names and a 14-day decision deadline', () => {
    expect(DEFAULT_CONCERN_RULES.decisionDeadlineDays).toBe(14);
    expect([0, 1, 2, 3].map((level) => levelLabel(DEFAULT_CONCERN_RULES, level as 0 | 1 | 2 | 3))).toEqual([
      'nivå 0 (Undring)',
      'nivå 1 (Tiltak i egen tjeneste)',
      'nivå 2 (Samarbeid med en annen tjeneste)',
      'nivå 3 (Bredt tverrfaglig samarbeid)',
    ]);
  });

  it('take a municipality’s own names and deadline', () => {
    const levels = DEFAULT_CONCERN_RULES.levels.map((l) => (l.level === 0 ? { ...l, nameNb: 'Bekymring' } : l));
    const rules = concernRules({ levels, decisionDeadlineDays: 10 });
    expect(levelLabel(rules, 0)).toBe('nivå 0 (Bekymring)');
  });

  it('list every problem of a bad configuration', () => {
    expect(validateConcernRules({ decisionDeadlineDays: 0, levels: [{ level: 0, nameNb: '', nameEn: 'x' }] })).toEqual([
      { path: 'concern.decisionDeadlineDays', message: 'must be a whole number of days from 1 to 90' },
      { path: 'concern.levels', message: 'must list the 4 levels 0-3' },
    ]);
    expect(validateConcernRules({ ...DEFAULT_CONCERN_RULES, levels: [...DEFAULT_CONCERN_RULES.levels].reverse() })).toHaveLength(4);
    expect(() => concernRules({ decisionDeadlineDays: 1.5 })).toThrow('decisionDeadlineDays');
  });
});

describe('time as data', () => {
  it('takes the day of an instant as written, with its own offset', () => {
    expect(dayOf('2026-03-02T00:30:00+01:00')).toBe('2026-03-02');
    expect(addDays('2026-02-20', 14)).toBe('2026-03-06');
    expect(addDays('2026-03-20', 14)).toBe('2026-04-03'); // across the change to summer time
  });

  it('accepts only timestamps with an offset', () => {
    expect(isIsoTimestamp('2026-03-02T09:00:00+01:00')).toBe(true);
    expect(isIsoTimestamp('2026-03-02T08:00:00.123Z')).toBe(true);
    expect(isIsoTimestamp('2026-03-02T09:00:00')).toBe(false);
    expect(isIsoTimestamp('2026-02-30T09:00:00Z')).toBe(false);
  });
});
