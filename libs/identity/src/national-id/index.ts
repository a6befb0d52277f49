export * from './national-id.types';
export * from './invalid-national-id.error';
export { parseNationalId, checkNationalId, isValidNationalId, normaliseNationalId } from './parse-national-id';
export type { NationalIdCheck } from './parse-national-id';
export { maskNationalId } from './mask-national-id';
export { makeNationalId } from './make-national-id';
export type { NationalIdParts } from './make-national-id';
export { computeCheckDigits, hasValidCheckDigits } from './check-digits';
