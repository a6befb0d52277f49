import type { ValidationOptions } from 'class-validator';
import { fieldName, valueRule } from '@stafett/platform';
import { checkNationalId } from './parse-national-id';

/**
 * A fødselsnummer or D-number: 11 digits (spaces allowed) with valid check digits and a real date.
 * Tenor's synthetic numbers pass here; whether they are allowed (not in production) is the domain's call.
 */
export function IsNationalId(options?: ValidationOptions): PropertyDecorator {
  return valueRule(
    'isNationalId',
    (value) => typeof value === 'string' && value.length <= 20 && checkNationalId(value, { allowSynthetic: true }).ok,
    (args) => {
      const check = typeof args.value === 'string' && args.value.length <= 20 ? checkNationalId(args.value, { allowSynthetic: true }) : undefined;
      return check && !check.ok ? check.error.userMessage : `${fieldName(args.property)} må være et fødselsnummer eller D-nummer med 11 siffer.`;
    },
    options,
  );
}
