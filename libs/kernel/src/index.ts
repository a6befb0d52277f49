// The shared kernel: the vocabulary every context uses. Pure TypeScript and node:crypto; no NestJS,
// no database, no context. The given/when/then decider spec is at `@stafett/kernel/testing`.

export * from './decider/decider';
export * from './refusals/refusal';
export * from './refusals/field-problems';
export * from './ids/ids';
export * from './time/calendar';
export * from './time/iso-date';
export * from './time/calendar-date';
export * from './time/oslo-time';
export * from './time/clock';
export * from './caller/role';
export * from './caller/principal';
export * from './caller/caller';
export * from './text/text';
