// Transitional (issue 12): libs/access still imports this path; the statutory clock is in domain/clock.
export * from '../domain/clock/clock-rules';
