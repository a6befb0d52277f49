import { ValidationPipe, type ValidationError } from '@nestjs/common';
import { problem, type FieldProblem } from '@stafett/platform/http/problem.exception';

function flatten(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = /^\d+$/.test(error.property) ? `${parent}[${error.property}]` : parent ? `${parent}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({ field, message }));
    return [...own, ...flatten(error.children ?? [], field)];
  });
}

/** Validates every DTO; unknown properties are refused, and every bad field is named in the answer. */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    transform: true,
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => problem(400, 'invalid-request', 'Ugyldig forespørsel', 'Ett eller flere felt er ugyldige.', flatten(errors)),
  });
}
