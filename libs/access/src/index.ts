export * from './timeline-entry';
