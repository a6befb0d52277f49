import fc from 'fast-check';
import { makeNationalId } from '../make-national-id';
import type { NationalIdKind } from '../national-id.types';

/** Individual numbers issued for a birth year (see `birthYear`). */
function individualNumbersFor(year: number): fc.Arbitrary<number> {
  if (year < 1900) return fc.integer({ min: 500, max: 749 });
  if (year < 1940) return fc.integer({ min: 0, max: 499 });
  if (year < 2000) return fc.oneof(fc.integer({ min: 0, max: 499 }), fc.integer({ min: 900, max: 999 }));
  return fc.integer({ min: 500, max: 999 });
}

const birthDates = fc
  .record({
    year: fc.integer({ min: 1854, max: 2039 }),
    month: fc.integer({ min: 1, max: 12 }),
    day: fc.integer({ min: 1, max: 31 }),
  })
  .filter(({ year, month, day }) => day <= new Date(Date.UTC(year, month, 0)).getUTCDate());

export interface GeneratedNationalId {
  readonly value: string;
  readonly kind: NationalIdKind;
  readonly birthDate: string;
  readonly synthetic: boolean;
}

/** Valid national ids across every century rule, both kinds; synthetic ones only when asked. */
export function validNationalIds(options: { kind?: NationalIdKind; synthetic?: boolean } = {}): fc.Arbitrary<GeneratedNationalId> {
  const kinds: fc.Arbitrary<NationalIdKind> = options.kind
    ? fc.constant(options.kind)
    : fc.constantFrom<NationalIdKind>('fodselsnummer', 'd-number');
  return fc
    .tuple(birthDates, kinds)
    .chain(([date, kind]) =>
      individualNumbersFor(date.year).map((individualNumber) => {
        const birthDate = `${date.year}-${String(date.month).padStart(2, '0')}-${String(date.day).padStart(2, '0')}`;
        const synthetic = options.synthetic ?? false;
        const value = makeNationalId({ birthDate, individualNumber, kind, synthetic });
        return value === undefined ? undefined : { value, kind, birthDate, synthetic };
      }),
    )
    .filter((id): id is GeneratedNationalId => id !== undefined);
}

/** A valid number with exactly one digit replaced by another digit. */
export function nationalIdsWithOneChangedDigit(): fc.Arbitrary<{ original: string; changed: string; position: number }> {
  return fc
    .tuple(validNationalIds(), fc.integer({ min: 0, max: 10 }), fc.integer({ min: 1, max: 9 }))
    .map(([id, position, shift]) => {
      const digit = (Number(id.value[position]) + shift) % 10;
      const changed = id.value.slice(0, position) + digit + id.value.slice(position + 1);
      return { original: id.value, changed, position };
    });
}
