import { Query } from '@nestjs/cqrs';

/** The names of the projections, in the composition root's order. */
export class ProjectionNamesQuery extends Query<string[]> {}
