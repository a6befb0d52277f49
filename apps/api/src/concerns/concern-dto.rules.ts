import { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH } from '@stafett/concern';

// The BTI case's limits, for its DTOs: the value rules themselves are the platform's decorators
// (libs/platform/src/http/validation/value.decorators.ts); the domain checks the rest (dates in
// order, who may do what) and answers with the same field names.
export { MAX_LIST_LENGTH, MAX_SHORT_TEXT_LENGTH, MAX_TEXT_LENGTH };
/** A person's name or role as a responsible party. */
export const MAX_RESPONSIBLE_LENGTH = 500;
