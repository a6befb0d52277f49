import { makeNationalId, type NationalIdKind } from '@stafett/identity';

/**
 * A Tenor synthetic national id (month + 80): valid check digits, belongs to nobody. Tries
 * individual numbers from `from` until one gives valid check digits (about 1 in 10 do not).
 */
export function syntheticNationalId(birthDate: string, from: number, kind: NationalIdKind = 'fodselsnummer'): string {
  for (let individualNumber = from; individualNumber < from + 50; individualNumber++) {
    const id = makeNationalId({ birthDate, individualNumber, kind, synthetic: true });
    if (id) return id;
  }
  throw new Error(`no synthetic national id for ${birthDate} from individual number ${from}`);
}

/** The same number with one digit changed: fails the mod-11 check. */
export function withChangedDigit(nationalId: string, position = 7): string {
  const digit = (Number(nationalId[position]) + 1) % 10;
  return nationalId.slice(0, position) + String(digit) + nationalId.slice(position + 1);
}
