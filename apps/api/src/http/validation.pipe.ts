import { ValidationPipe } from '@nestjs/common';
import { problem } from '@stafett/platform';
import { validationProblems } from '@stafett/platform';

/**
 * Validates every DTO; unknown properties are refused, and every bad field is named in the answer,
 * in Norwegian. class-validator's own (English) messages are dismissed: a constraint without a
 * message of its own gets the message map's text (libs/platform/src/http/validation/messages.ts).
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    dismissDefaultMessages: true,
    transform: true,
    // The target (the request's values) is read only to find a constraint's arguments; it never leaves.
    validationError: { target: true, value: false },
    exceptionFactory: (errors) => problem(400, 'invalid-request', 'Ugyldig forespørsel', 'Ett eller flere felt er ugyldige.', validationProblems(errors)),
  });
}
