import { getMetadataStorage, type ValidationError } from 'class-validator';
import type { FieldProblem } from '../problem.exception';
import { classValidatorMessage, joinPath } from './messages';

/** Constraints class-validator adds itself, always with an English message (even with dismissDefaultMessages). */
const CLASS_VALIDATOR_OWN = new Set(['whitelistValidation', 'unknownValue', 'nestedValidation']);

const KIND_CONSTRAINTS = new Set(['isDefined', 'isArray', 'isObject', 'isString', 'isInt', 'isNumber', 'isBoolean']);
const SIZE_CONSTRAINTS = new Set(['arrayMaxSize', 'arrayMinSize', 'maxLength', 'minLength', 'min', 'max', 'arrayNotEmpty']);

interface ConstraintMetadata {
  readonly propertyName: string;
  readonly type: string;
  readonly name?: string;
  readonly constraints?: unknown[];
  readonly constraintCls?: unknown;
}

/** The arguments a DTO gave a constraint (e.g. 200 for `@MaxLength(200)`), for its Norwegian text. */
function constraintArgs(target: object | undefined, property: string, constraint: string): readonly unknown[] {
  if (!target) return [];
  const storage = getMetadataStorage() as unknown as {
    getTargetValidationMetadatas(target: unknown, schema: string, always: boolean, strictGroups: boolean): ConstraintMetadata[];
    getTargetValidatorConstraints(cls: unknown): Array<{ name?: string }>;
  };
  const metadata = storage
    .getTargetValidationMetadatas(target.constructor, '', true, false)
    .find((m) => m.propertyName === property && (m.name ?? storage.getTargetValidatorConstraints(m.constraintCls)[0]?.name ?? m.type) === constraint);
  return metadata?.constraints ?? [];
}

/**
 * class-validator's errors as field problems, every message Norwegian: the DTO's own text, or the
 * message map's for the constraint (the validation pipe runs with `dismissDefaultMessages`, so
 * class-validator's English never gets here). Unknown property names are echoed only when they look
 * like field names.
 */
export function validationProblems(errors: readonly ValidationError[], parent = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = error.property === undefined || error.property === '' ? parent : joinPath(parent, [String(error.property)]);
    const constraints = Object.entries(error.constraints ?? {});
    // A value of the wrong kind fails its size rules too ("at most 6" for a missing list): say only what is wrong.
    const wrongKind = constraints.some(([constraint]) => KIND_CONSTRAINTS.has(constraint));
    const own = constraints.filter(([constraint]) => !(wrongKind && SIZE_CONSTRAINTS.has(constraint))).map(([constraint, message]) => ({
      field,
      message: message && !CLASS_VALIDATOR_OWN.has(constraint) ? message : classValidatorMessage(constraint, field, constraintArgs(error.target, error.property, constraint)),
    }));
    return [...own, ...validationProblems(error.children ?? [], field)];
  });
}
