// Transitional (issue 12): libs/access and libs/child-welfare import this path; it goes once they
// import ConcernCaseStore from '@stafett/concern' (their own branches of the issue).
export { ConcernCaseStore, type LoadedCase } from '../infrastructure/concern-case.store';
