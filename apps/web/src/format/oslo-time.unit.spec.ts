import { dayBefore, daysLeftText, formatDate, formatDateTime } from './oslo-time';

describe('Norwegian dates and times', () => {
  it('writes a calendar date the Norwegian way, whatever the zone of the computer', () => {
    expect(formatDate('2026-03-20')).toBe('20. mars 2026');
    expect(formatDate('2026-01-01')).toBe('1. januar 2026');
  });

  it('shows instants in Oslo time, in winter and in summer', () => {
    expect(formatDateTime('2026-01-15T13:05:00Z')).toMatch(/^15\. januar 2026.*14:05$/);
    expect(formatDateTime('2026-07-15T13:05:00Z')).toMatch(/^15\. juli 2026.*15:05$/);
    // Just before midnight UTC on New Year's Eve is already the new year in Norway.
    expect(formatDateTime('2025-12-31T23:30:00Z')).toMatch(/^1\. januar 2026.*00:30$/);
  });

  it('finds the day before, across months and years', () => {
    expect(dayBefore('2026-03-01')).toBe('2026-02-28');
    expect(dayBefore('2026-01-01')).toBe('2025-12-31');
  });

  it('says how far a deadline is', () => {
    expect([5, 1, 0, -1, -4].map(daysLeftText)).toEqual(['om 5 dager', 'i morgen', 'i dag', '1 dag på overtid', '4 dager på overtid']);
  });
});
