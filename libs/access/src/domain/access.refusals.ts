import { refusalTable } from '@stafett/kernel';

/**
 * The access context's refusals besides its one 403. Every "no" about a named child (unknown child,
 * no relation, a lapsed relation, not the privacy function) stays auth's ForbiddenProblem, whose one
 * body never tells whether the child exists; a missing or unknown purpose is the kernel's
 * InvalidCommandError (400, field by field).
 */
export const accessRefusals = refusalTable('access', {
  'child-too-young': {
    status: 409,
    message: (p: { age: number }) => `The child is below the age for this (${p.age})`,
    userMessage: (p: { age: number }) => `Barnet kan be om dette selv fra ${p.age} år.`,
  },
});

/** The child's own copy of the access report is handed out from the consent age only. */
export const AccessReportChildTooYoungError = accessRefusals.kind('child-too-young', (age: number) => ({ age }), 'AccessReportChildTooYoungError');
