// Transitional (issue 12): libs/consent and libs/access import this path; it goes once they import
// ChildCasesReader from '@stafett/concern' (their own branches of the issue).
export { ChildCasesReader, type CaseOnRecord } from '../read-models/child-cases/child-cases.reader';
