// Transitional (issue 12): other contexts still import this path; the lead removes it once they import @stafett/organisation.
export * from '../../domain/child-access';
