/** The consent register's answers (a ConsentCheck), bound by the composition root: concern imports no consent code. */
export const CONSENT_CHECK = Symbol('CONSENT_CHECK');
/** The case rules per municipality (a ConcernRulesSource), from ConcernRulesModule. */
export const CONCERN_RULES = Symbol('CONCERN_RULES');
