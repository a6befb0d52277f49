// Dates and times as people in Norway write them, in Norwegian time whatever the computer's zone.

const ZONE = 'Europe/Oslo';
const DATE = new Intl.DateTimeFormat('nb-NO', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric' });
const DATE_TIME = new Intl.DateTimeFormat('nb-NO', { timeZone: ZONE, day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit' });

/** A calendar date (`2026-03-20`: a day in Norway, no time) as "20. mars 2026". */
export function formatDate(isoDate: string): string {
  // Noon UTC is the same calendar day in Oslo in winter and summer.
  return DATE.format(new Date(`${isoDate}T12:00:00Z`));
}

/** An instant (`2026-03-20T13:05:00Z`) as Norwegian time: "20. mars 2026 kl. 14:05". */
export function formatDateTime(isoInstant: string): string {
  return DATE_TIME.format(new Date(isoInstant));
}

/** The day before a calendar date: for periods whose end is "the first day no longer covered". */
export function dayBefore(isoDate: string): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  date.setUTCDate(date.getUTCDate() - 1);
  return date.toISOString().slice(0, 10);
}

/** How far a deadline is, from the API's `daysLeft` (negative when passed). */
export function daysLeftText(daysLeft: number): string {
  if (daysLeft === 0) return 'i dag';
  if (daysLeft === 1) return 'i morgen';
  if (daysLeft > 1) return `om ${daysLeft} dager`;
  if (daysLeft === -1) return '1 dag på overtid';
  return `${-daysLeft} dager på overtid`;
}
