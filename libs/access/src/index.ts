// The public API of the access context: the confidentiality policy, the child's timeline and access
// log, and the disclosure queries (the one way to anything about a named child).

// Domain: the policy's vocabulary, the policy, the access log's events, refusals.
export * from './domain/timeline-entry';
export * from './domain/policy/policy-vocabulary';
export * from './domain/policy/confidentiality-rules';
export * from './domain/policy/confidentiality-rules.validator';
export * from './domain/policy/decide-visibility';
export * from './domain/timeline-purposes';
export * from './domain/child-access-read.events';
export * from './domain/access.refusals';

// Application: the disclosure queries and what they share.
export * from './application/visibility-policy';
export * from './application/decided-entries';
export * from './application/relations/child-relation';
export * from './application/relations/child-relations';
export * from './application/queries/read-timeline/read-timeline.query';
export * from './application/queries/read-case/read-case.query';
export * from './application/queries/read-registration/read-registration.query';
export * from './application/queries/find-related-children/find-related-children.query';
export * from './application/queries/list-consents/list-consents.query';
export * from './application/queries/read-report/read-report.query';
export * from './application/queries/export-report/export-report.query';
export * from './application/queries/read-access-report/read-access-report.query';
export * from './application/queries/read-access-report/access-report';
export * from './application/queries/read-access-report/access-report.html';
export * from './infrastructure/child-access-log';
export * from './access.module';

// read side, for the composition root
export { accessReadSide } from './access.read-side';
// Read side: the child's timeline.
export * from './read-models/child-timeline/timeline-categories';
export * from './read-models/child-timeline/child-timeline.row';
export * from './read-models/child-timeline/child-timeline.projection';
export * from './read-models/child-timeline/child-timeline.reader';
export * from './read-models/child-timeline/migrations/1732000000700-create-child-timeline';
export * from './read-models/child-timeline/migrations/1732000001010-mark-investigation-sensitive';
