import { instantFromOsloLocal, osloLocalDateTimeOf, type Instant } from '@stafett/kernel';

/**
 * `sendingstidspunkt` in the KS Fiks bekymringsmelding v2 format. The schema says
 * `format: date-time` (RFC 3339, with offset), but the format is only an annotation there, KS's
 * examples carry no offset (`2020-03-16T13:29:33`) and KS's reference consumer reads the value
 * as a local date-time in Norwegian time. So:
 * - on import, a value with `Z` or `±hh:mm` is taken as it says; one without is Oslo wall time
 *   (the DST edge hours are resolved as described at `instantFromOsloLocal`);
 * - on export, we write Oslo wall time to whole seconds without offset, the form of KS's own
 *   examples, which an offset-less reader and an RFC 3339-lenient reader both accept.
 */

const PATTERN =
  /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:\d{2})?$/;

export type SendingstidspunktResult =
  | { readonly ok: true; readonly instant: Instant; readonly hadOffset: boolean }
  | { readonly ok: false; readonly message: string };

export function parseSendingstidspunkt(value: string): SendingstidspunktResult {
  const match = PATTERN.exec(value);
  if (!match) return { ok: false, message: 'must be a date-time YYYY-MM-DDThh:mm[:ss[.fff]] with optional Z or ±hh:mm' };
  const [, y, mo, d, h, mi, s = '0', fraction = '', zone] = match;
  const local = {
    year: Number(y),
    month: Number(mo),
    day: Number(d),
    hour: Number(h),
    minute: Number(mi),
    second: Number(s),
    millisecond: Number(fraction.padEnd(3, '0').slice(0, 3)),
  };
  if (!isValidLocal(local)) return { ok: false, message: 'is not a valid calendar date and time' };
  if (zone === undefined) return { ok: true, instant: instantFromOsloLocal(local), hadOffset: false };

  const offsetMinutes = zone === 'Z' ? 0 : (zone[0] === '-' ? -1 : 1) * (Number(zone.slice(1, 3)) * 60 + Number(zone.slice(4, 6)));
  if (Math.abs(offsetMinutes) >= 24 * 60 || Number(zone.slice(4, 6)) > 59) return { ok: false, message: 'has an invalid offset' };
  const wall = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second, local.millisecond);
  return { ok: true, instant: new Date(wall - offsetMinutes * 60_000).toISOString(), hadOffset: true };
}

function isValidLocal(l: { year: number; month: number; day: number; hour: number; minute: number; second: number }): boolean {
  if (l.month < 1 || l.month > 12 || l.day < 1) return false;
  if (l.day > new Date(Date.UTC(l.year, l.month, 0)).getUTCDate()) return false;
  // Leap seconds (:60) are not representable in ECMAScript time; KS systems do not send them.
  return l.hour <= 23 && l.minute <= 59 && l.second <= 59;
}

/**
 * The export form. Note the one lossy hour: an instant in the second pass of October's repeated
 * hour exports the same text as the first pass and is read back one hour earlier. The format
 * cannot say otherwise; exporting with an offset would break offset-less readers.
 */
export function formatSendingstidspunkt(instant: Instant): string {
  return osloLocalDateTimeOf(instant);
}
